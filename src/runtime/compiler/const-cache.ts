// What compiling a script does to CPython's tuple free lists: the constant keys the
// compiler's c_const_cache holds until compilation ends (Objects/codeobject.c
// _PyCode_ConstantKey, Python/compile.c merge_consts_recursive / merge_const_one), and the
// tuples the code objects keep (co_consts, co_names, co_varnames... and tuple constants).
import { astTuples, cpythonView, foldedTuples, localsplusNames, specKey, tables } from './code-object';
import { type Scope } from './scopes';
import type { CodeUnit, ConstSpec } from './unit';

/**
 * Per tuple length (index 1..20): the most alive at once while compiling, and those the code
 * objects keep; kept[21] counts the kept tuples longer than the free lists take. With the
 * lengths of the free lists before compiling, after[n] is list n when compiling ends, top
 * last, each tuple named by its depth on the list before (1: the top; 0: made while compiling).
 */
export interface TupleTemporaries {
  readonly peak: number[];
  readonly kept: number[];
  readonly after?: number[][];
}

const LENGTHS = 21;

/**
 * A tuple the compiler makes: its length, the depth on its free list it was taken from (0: a
 * new block), and the tuples only it holds, freed with it (tupledealloc: the last item first).
 */
interface Made {
  readonly n: number;
  readonly from: number;
  readonly holds: Made[];
}

/**
 * Counts for the module compiled to top, under 3.minor. A key lives in c_const_cache until
 * compiler_free, so the alive count rises to its peak near the end; a tuple equal to one
 * already cached is replaced by it (merge_const_one), and it and its new key are freed at
 * once. Checked against sys._debugmallocstats() after compile() with the free lists emptied
 * (3.8-3.13). Each tuple is taken off the top of its free list and freed back onto it, so
 * given before (the lists' lengths by length 1, 2, ...) the lists' order comes out too:
 * checked against which of a dozen 1-tuples freed before compile() each later 1-tuple takes
 * (3.10-3.13: the realistic programs but those whose compile() warns, or frees what a run's
 * AST arena keeps, pythonrun.c pyrun_file), and with tracemalloc (test/oracle/live-blocks).
 */
export function tupleTemporaries(top: CodeUnit, minor: number, before?: readonly number[]): TupleTemporaries {
  const alive = new Array<number>(LENGTHS).fill(0);
  const peak = new Array<number>(LENGTHS).fill(0);
  const kept = new Array<number>(LENGTHS + 1).fill(0);
  // Each list's tuples by their depth before compiling, the top last.
  const lists = Array.from({ length: LENGTHS }, (_, n) => {
    const len = n === 0 ? 0 : before?.[n - 1] ?? 0;
    return Array.from({ length: len }, (_, i) => len - i);
  });
  const cache = new Set<string>();
  // The keys c_const_cache holds, in the order they went in (compiler_free frees them so).
  const cached: Made[] = [];
  const take = (n: number): Made => {
    const free = n > 0 && n < LENGTHS;
    if (free) peak[n] = Math.max(peak[n], ++alive[n]);
    return { n, from: free ? lists[n].pop() ?? 0 : 0, holds: [] };
  };
  const free = (m: Made | null): void => {
    if (m === null) return;
    for (let i = m.holds.length - 1; i >= 0; i--) free(m.holds[i]);
    if (m.n <= 0 || m.n >= LENGTHS) return;
    alive[m.n]--;
    lists[m.n].push(m.from);
  };
  const keep = (m: Made): void => {
    if (m.n > 0) kept[Math.min(m.n, LENGTHS)]++;
  };
  // A tuple made with what it holds (taken when it is: holds is filled after).
  const holding = (m: Made, ...h: (Made | null)[]): Made => {
    for (const x of h) if (x !== null) m.holds.push(x);
    return m;
  };

  // _PyCode_ConstantKey: None, Ellipsis, int, str and code objects are their own keys;
  // bool, bytes, float and complex get (type, value) (a third item for a negative zero);
  // a tuple gets (tuple of its items' keys, tuple); a frozenset (frozenset of keys, set).
  const constantKey = (c: ConstSpec): Made | null => {
    switch (c.t) {
      case 'none':
      case 'ellipsis':
      case 'int':
      case 'str':
      case 'code':
        return null;
      case 'float':
        return take(Object.is(c.v, -0) ? 3 : 2);
      case 'complex':
        return take(Object.is(c.real ?? 0, -0) || Object.is(c.imag, -0) ? 3 : 2);
      case 'tuple': {
        const keys = take(c.items.length);
        for (const i of c.items) holding(keys, constantKey(i));
        return holding(take(2), keys);
      }
      case 'frozenset': {
        // The items' keys go in a tuple, freed once the frozenset of keys is made from it.
        const tuple = take(c.items.length);
        const set: Made = { n: 0, from: 0, holds: c.items.map(constantKey).filter((k) => k !== null).reverse() };
        free(tuple);
        return holding(take(2), set);
      }
      default:
        return take(2);
    }
  };
  // merge_consts_recursive: the first key of each value stays cached, a tuple's items too.
  // A tuple constant equal to a cached one is still the AST's, whose arena lives until the
  // script has run (pythonrun.c pyrun_file), so it is kept too. The tuple is the AST's (made
  // before compiling began), or the compiler's, made just now; an item was made with its tuple.
  const merge = (c: ConstSpec, item = false): void => {
    if (c.t === 'none' || c.t === 'ellipsis') return;
    // 3.10+ flowgraph.c fold_tuple_on_constants makes its tuple once the code is compiled and
    // merges it alone (add_const: merge_const_one), not its items.
    if (c.t === 'tuple' && foldedTuples.has(c) && minor >= 10 && !item) return mergeTuple(c.items);
    const k = specKey(c, minor);
    const ast = astMade.get(c);
    if (ast !== undefined) astMade.delete(c);
    const own = c.t !== 'tuple' || (ast === undefined && (item || astTuples.has(c))) ? null : ast ?? take(c.items.length);
    // 3.8/3.9 peephole.c folds a tuple of defaults after merging: kept without a key of its own.
    if (foldedTuples.has(c) && own !== null && minor <= 9) return keep(own);
    if (cache.has(k)) {
      // The cache's dict finds an equal code object by code_richcompare, which compares the
      // two co_consts by their keys (_PyCode_ConstantKey), made and freed together.
      if (c.t === 'code') {
        const consts: ConstSpec = { t: 'tuple', items: cpythonView(c.unit, minor).consts };
        const a = constantKey(consts);
        const b = constantKey(consts);
        free(a);
        free(b);
      }
      const key = constantKey(c);
      free(key);
      // The AST's equal tuple stays in its arena while the script runs (pythonrun.c pyrun_file;
      // measured with tracemalloc on 3.8-3.13: the tuple start-up left untraced, taken by such a
      // tuple, is no later line's); every version frees the compiler's own.
      if (own !== null && astTuples.has(c)) keep(own);
      else free(own);
      return;
    }
    if (own !== null) keep(own);
    cache.add(k);
    const key = constantKey(c);
    if (key !== null) cached.push(key);
    if (c.t === 'tuple') for (const i of c.items) merge(i, true);
    if (c.t === 'frozenset' && c.items.length > 0) {
      // A frozenset's items are merged into a tuple that makes the merged frozenset.
      const tuple = take(c.items.length);
      for (const i of c.items) merge(i, true);
      free(tuple);
    }
  };
  // merge_const_one on a tuple made already (dict_keys_inorder, PyList_AsTuple): kept unless
  // an equal one is cached, which replaces it (its key is freed, then the tuple).
  const mergeTuple = (items: ConstSpec[], made = take(items.length)): void => {
    const t: ConstSpec = { t: 'tuple', items };
    const k = specKey(t, minor);
    const key = constantKey(t);
    if (cache.has(k)) {
      free(key);
      return free(made);
    }
    cache.add(k);
    keep(made);
    if (key !== null) cached.push(key);
  };
  // 3.10+ merge the bytecode and line table (3.11+ the exception table too) as bytes constants,
  // a (bytes, value) key each; every empty exception table is one value.
  const mergeBytes = (k: string): void => {
    const made = take(2);
    if (cache.has(k)) return free(made);
    cache.add(k);
    cached.push(made);
  };

  // Python/ast_opt.c folds the tuple displays of constants before the symbol table is built,
  // in the order of the source, a tuple's items before it; the AST's arena holds them.
  const astMade = new Map<ConstSpec, Made>();
  const seen = new Set<ConstSpec>();
  const fold = (c: ConstSpec): void => {
    if (c.t !== 'tuple' || seen.has(c)) return;
    seen.add(c);
    c.items.forEach(fold);
    if (astTuples.has(c)) astMade.set(c, take(c.items.length));
  };
  const folds = (u: CodeUnit): void => {
    for (const c of cpythonView(u, minor).merges) {
      if (c.t === 'code') folds(c.unit);
      else fold(c);
    }
  };
  folds(top);

  // symtable_record_directive (Python/symtable.c): each name a global or nonlocal statement
  // declares (or a comprehension's walrus target) is a tuple (name, line, col; 3.10+ the end
  // too) in ste_directives, alive while the module is compiled.
  const directives: Made[] = [];
  const record = (sc: Scope): void => {
    for (const sym of sc.symbols.values()) if (sym.global || sym.nonlocal) directives.push(take(minor <= 9 ? 3 : 5));
    sc.children.forEach(record);
  };
  record(top.scope);

  const walk = (u: CodeUnit): void => {
    const v = cpythonView(u, minor);
    // A function is compiled where its code becomes a constant of the code that makes it.
    for (const c of v.merges) {
      if (c.t === 'code') walk(c.unit);
      merge(c);
    }
    if (minor >= 10) {
      // assemble (3.10, 3.11 Python/compile.c; 3.12+ Python/assemble.c assemble_emit): the
      // exception table (3.11+), the line table, then the bytecode.
      const t = tables(u, minor);
      if (minor >= 11) mergeBytes(t.exceptions);
      mergeBytes(t.lines);
      mergeBytes(t.code);
    }
    const strs = (names: readonly string[]): ConstSpec[] => names.map((n) => ({ t: 'str', v: n }));
    if (minor <= 10) {
      // makecode (Python/compile.c, 3.8-3.10): names, varnames, cellvars and freevars are made
      // together, then merged in turn (merge_const_tuple, merge_const_one); consts after
      // PyCode_Optimize (3.8, 3.9) or optimize_cfg (3.10), from a list by PyList_AsTuple.
      const made = [strs(v.names), strs(v.varnames), strs(v.cellvars), strs(v.freevars)].map((items) => ({ items, made: take(items.length) }));
      for (const m of made) mergeTuple(m.items, m.made);
      mergeTuple(v.consts);
    } else {
      // makecode (3.11 Python/compile.c, 3.12+ Python/assemble.c): names, then consts, then
      // localsplusnames, each made and merged before the next is made.
      mergeTuple(strs(v.names));
      mergeTuple(v.consts);
      mergeTuple(strs(localsplusNames(v)));
    }
    // The new code object's intern_string_constants (3.13 intern_constants, Objects/codeobject.c)
    // reads each frozenset among its constants, and in their tuples, through a tuple of it.
    const intern = (c: ConstSpec): void => {
      if (c.t === 'tuple') c.items.forEach(intern);
      if (c.t === 'frozenset') free(take(c.items.length));
    };
    v.consts.forEach(intern);
  };
  walk(top);
  // The AST's tuples no code loads (the arena still holds them).
  astMade.forEach(keep);
  // compiler_free: the symbol table, then the cache, its keys in order.
  directives.forEach(free);
  cached.forEach(free);
  return { peak, kept, after: before === undefined ? undefined : lists };
}
