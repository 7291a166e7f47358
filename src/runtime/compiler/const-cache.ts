// What compiling a script does to CPython's tuple free lists: the constant keys the
// compiler's c_const_cache holds until compilation ends (Objects/codeobject.c
// _PyCode_ConstantKey, Python/compile.c merge_consts_recursive / merge_const_one), and the
// tuples the code objects keep (co_consts, co_names, co_varnames... and tuple constants).
import { astTuples, cpythonView, foldedTuples, localsplusNames, specKey, tables } from './code-object';
import { type Scope } from './scopes';
import type { CodeUnit, ConstSpec } from './unit';

/**
 * Per tuple length (index 1..20): the most alive at once while compiling, and those the code
 * objects keep; kept[21] counts the kept tuples longer than the free lists take.
 */
export interface TupleTemporaries {
  readonly peak: number[];
  readonly kept: number[];
}

const LENGTHS = 21;

/**
 * Counts for the module compiled to top, under 3.minor. A key lives in c_const_cache until
 * compiler_free, so the alive count rises to its peak near the end; a tuple equal to one
 * already cached is replaced by it (merge_const_one), and it and its new key are freed at
 * once. Checked against sys._debugmallocstats() after compile() with the free lists emptied
 * (3.8-3.13).
 */
export function tupleTemporaries(top: CodeUnit, minor: number): TupleTemporaries {
  const alive = new Array<number>(LENGTHS).fill(0);
  const peak = new Array<number>(LENGTHS).fill(0);
  const kept = new Array<number>(LENGTHS + 1).fill(0);
  const cache = new Set<string>();
  const none = (): number[] => new Array<number>(LENGTHS + 1).fill(0);
  const add = (arr: number[], n: number): void => {
    if (n > 0) arr[Math.min(n, LENGTHS)]++;
  };
  const ofLength = (n: number): number[] => {
    const one = none();
    add(one, n);
    return one;
  };
  // Made and kept until compiler_free (or by a code object): the alive count and the peak rise.
  const hold = (made: number[]): void => {
    for (let n = 1; n < LENGTHS; n++) {
      alive[n] += made[n];
      peak[n] = Math.max(peak[n], alive[n]);
    }
  };
  // Freed.
  const release = (freed: number[]): void => {
    for (let n = 1; n < LENGTHS; n++) alive[n] -= freed[n];
  };
  // Made and freed at once: one more alive for a moment.
  const pass = (made: number[]): void => {
    for (let n = 1; n < LENGTHS; n++) peak[n] = Math.max(peak[n], alive[n] + made[n]);
  };

  // _PyCode_ConstantKey: None, Ellipsis, int, str and code objects are their own keys;
  // bool, bytes, float and complex get (type, value) (a third item for a negative zero);
  // a tuple gets (tuple of its items' keys, tuple); a frozenset (frozenset of keys, set).
  const constantKey = (c: ConstSpec, made: number[]): number[] => {
    switch (c.t) {
      case 'none':
      case 'ellipsis':
      case 'int':
      case 'str':
      case 'code':
        break;
      case 'float':
        add(made, Object.is(c.v, -0) ? 3 : 2);
        break;
      case 'complex':
        add(made, Object.is(c.real ?? 0, -0) || Object.is(c.imag, -0) ? 3 : 2);
        break;
      case 'tuple':
        add(made, c.items.length);
        add(made, 2);
        for (const i of c.items) constantKey(i, made);
        break;
      case 'frozenset': {
        // The items' keys go in a tuple, freed once the frozenset of keys is made from it.
        for (const i of c.items) constantKey(i, made);
        const tuple = [...made];
        add(tuple, c.items.length);
        pass(tuple);
        add(made, 2);
        break;
      }
      default:
        add(made, 2);
    }
    return made;
  };
  // merge_consts_recursive: the first key of each value stays cached, a tuple's items too.
  // A tuple constant equal to a cached one is still the AST's, whose arena lives until the
  // script has run (pythonrun.c pyrun_file), so it is kept too.
  const merge = (c: ConstSpec): void => {
    if (c.t === 'none' || c.t === 'ellipsis') return;
    const k = specKey(c, minor);
    const key = constantKey(c, none());
    const own = none();
    if (c.t === 'tuple') add(own, c.items.length);
    // 3.8/3.9 peephole.c folds a tuple of defaults after merging: kept without a key of its own.
    if (foldedTuples.has(c) && c.t === 'tuple' && minor <= 9) {
      add(kept, c.items.length);
      return hold(own);
    }
    if (cache.has(k)) {
      // The cache's dict finds an equal code object by code_richcompare, which compares the
      // two co_consts by their keys (_PyCode_ConstantKey), made and freed together.
      if (c.t === 'code') pass(constantKey({ t: 'tuple', items: cpythonView(c.unit, minor).consts }, none()).map((n) => 2 * n));
      // 3.10-3.12 measured keeping the AST's equal tuple; 3.8, 3.9 and 3.13 free it, and every
      // version the compiler's own.
      if (minor >= 10 && minor <= 12 && astTuples.has(c)) {
        if (c.t === 'tuple') add(kept, c.items.length);
        hold(own);
      } else {
        own.forEach((n, i) => (key[i] += n));
      }
      return pass(key);
    }
    if (c.t === 'tuple') add(kept, c.items.length);
    hold(own);
    cache.add(k);
    hold(key);
    if (c.t === 'tuple') for (const i of c.items) merge(i);
    if (c.t === 'frozenset' && c.items.length > 0) {
      // A frozenset's items are merged into a tuple that makes the merged frozenset.
      hold(ofLength(c.items.length));
      for (const i of c.items) merge(i);
      release(ofLength(c.items.length));
    }
  };
  // A tuple made for the code object (dict_keys_inorder, PyList_AsTuple): alive until merged.
  const make = (items: ConstSpec[]): ConstSpec[] => {
    hold(ofLength(items.length));
    return items;
  };
  // merge_const_one on a tuple made already: kept unless an equal one is cached, which
  // replaces it (its key is freed, then the tuple).
  const mergeTuple = (items: ConstSpec[]): void => {
    const t: ConstSpec = { t: 'tuple', items };
    const k = specKey(t, minor);
    const key = constantKey(t, none());
    if (cache.has(k)) {
      pass(key);
      return release(ofLength(items.length));
    }
    cache.add(k);
    add(kept, items.length);
    hold(key);
  };
  // 3.10+ merge the bytecode and line table (3.11+ the exception table too) as bytes constants,
  // a (bytes, value) key each; every empty exception table is one value.
  const mergeBytes = (k: string): void => {
    const made = none();
    add(made, 2);
    if (cache.has(k)) return pass(made);
    cache.add(k);
    hold(made);
  };

  // symtable_record_directive (Python/symtable.c): each name a global or nonlocal statement
  // declares (or a comprehension's walrus target) is a tuple (name, line, col; 3.10+ the end
  // too) in ste_directives, alive while the module is compiled.
  const directives = (sc: Scope): void => {
    for (const sym of sc.symbols.values()) if (sym.global || sym.nonlocal) hold(ofLength(minor <= 9 ? 3 : 5));
    sc.children.forEach(directives);
  };
  directives(top.scope);

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
      const made = [strs(v.names), strs(v.varnames), strs(v.cellvars), strs(v.freevars)].map(make);
      made.forEach(mergeTuple);
      mergeTuple(make(v.consts));
    } else {
      // makecode (3.11 Python/compile.c, 3.12+ Python/assemble.c): names, then consts, then
      // localsplusnames, each made and merged before the next is made.
      mergeTuple(make(strs(v.names)));
      mergeTuple(make(v.consts));
      mergeTuple(make(strs(localsplusNames(v))));
    }
    // The new code object's intern_string_constants (3.13 intern_constants, Objects/codeobject.c)
    // reads each frozenset among its constants, and in their tuples, through a tuple of it.
    const intern = (c: ConstSpec): void => {
      if (c.t === 'tuple') c.items.forEach(intern);
      if (c.t === 'frozenset') pass(ofLength(c.items.length));
    };
    v.consts.forEach(intern);
  };
  walk(top);
  return { peak, kept };
}
