// What compiling a script does to CPython's tuple free lists: the constant keys the
// compiler's c_const_cache holds until compilation ends (Objects/codeobject.c
// _PyCode_ConstantKey, Python/compile.c merge_consts_recursive / merge_const_one), and the
// tuples the code objects keep (co_consts, co_names, co_varnames... and tuple constants).
import { Op, OP_NAMES } from './opcodes';
import { pushedNames, type Scope } from './scopes';
import { constKey, type CodeUnit, type ConstSpec } from './unit';

/** Per tuple length (index 1..20): the most alive at once while compiling, and those the code objects keep. */
export interface TupleTemporaries {
  readonly peak: number[];
  readonly kept: number[];
}

const LENGTHS = 21;

/**
 * Tuple constants the AST optimizer made (Python/ast_opt.c fold_tuple, fold_iter), which the
 * AST's arena holds; the compiler makes the others.
 */
export const astTuples = new WeakSet<ConstSpec>();
/** Tuple constants fold_tuple_on_constants makes once the code is compiled (expr-calls.ts loadFoldedTuple). */
export const foldedTuples = new WeakSet<ConstSpec>();

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
  const kept = new Array<number>(LENGTHS).fill(0);
  const cache = new Set<string>();
  const none = (): number[] => new Array<number>(LENGTHS).fill(0);
  const add = (arr: number[], n: number): void => {
    if (n > 0 && n < LENGTHS) arr[n]++;
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

/** Whether CPython's compiler adds u's constant i at all (compiler_add_const; keys-temporaries.ts). */
export function compiledConst(u: CodeUnit, minor: number): (i: number) => boolean {
  const uses = constUses(u, minor);
  return (i) => (i === 0 && u.scope.isFunctionLike && u.scope.kind !== 'comprehension') || uses.has(i);
}

/**
 * The c_const_cache keys assembling u adds, in order (keys-temporaries.ts): 3.10+ the tables
 * as bytes, then makecode's tuples (each merged alone, merge_const_tuple / merge_const_one).
 */
export function makecodeKeys(u: CodeUnit, minor: number): string[] {
  const v = cpythonView(u, minor);
  const keys: string[] = [];
  if (minor >= 10) {
    const t = tables(u, minor);
    if (minor >= 11) keys.push(t.exceptions);
    keys.push(t.lines, t.code);
  }
  const tuple = (names: readonly string[]): string => specKey({ t: 'tuple', items: names.map((n) => ({ t: 'str', v: n })) }, minor);
  const consts = specKey({ t: 'tuple', items: v.consts }, minor);
  if (minor <= 10) keys.push(tuple(v.names), tuple(v.varnames), tuple(v.cellvars), tuple(v.freevars), consts);
  else keys.push(tuple(v.names), consts, tuple(localsplusNames(v)));
  return keys;
}

/** co_consts of CPython's code for u. */
export function cpythonConsts(u: CodeUnit, minor: number): readonly ConstSpec[] {
  return cpythonView(u, minor).consts;
}

/** co_varnames, co_cellvars and co_freevars of CPython's code for u (3.12+ with its inlined comprehensions' variables). */
export function cpythonLocals(u: CodeUnit, minor: number): { varnames: readonly string[]; cellvars: readonly string[]; freevars: readonly string[] } {
  return cpythonView(u, minor);
}

interface CodeView {
  consts: ConstSpec[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** Constants compiled (their keys cached) that co_consts does not keep. */
  dropped: ConstSpec[];
  /**
   * Every constant the compiler adds, in order (compiler_add_const, then what the optimizer
   * folds): equal ones again (CodeUnit.constRepeats), and each code object (each is compiled).
   */
  merges: ConstSpec[];
  /** 3.12+: comprehensions inlined here (PEP 709), whose cleanup is an exception handler. */
  inlined: boolean;
}

/** Inlined in 3.12+ (PEP 709): list, set and dict comprehensions; generator expressions keep their code. */
export function isInlined(u: CodeUnit, minor: number): boolean {
  return minor >= 12 && u.scope.kind === 'comprehension' && !u.scope.isGenerator;
}

/** How many fast locals CPython's code for u has beyond u's own: its inlined comprehensions' variables (3.12+). */
export function inlinedLocals(u: CodeUnit, minor: number): number {
  if (minor < 12 || !u.consts.some((c) => c.t === 'code' && isInlined(c.unit, minor))) return 0;
  return cpythonView(u, minor).varnames.length - fastNames(u.scope).length;
}

/**
 * u_varnames (Python/compile.c compiler_enter_scope, compiler_nameop): the parameters
 * (ste_varnames), then the names loaded and stored as fast locals; a cell that is not a
 * parameter is only in u_cellvars.
 */
function fastNames(s: Scope): string[] {
  if (!s.isFunctionLike) return [];
  return s.varnames.filter((n) => s.params.includes(n) || s.scopes.get(n) !== 'cell');
}

/** What CPython's code object for u holds, where the runtime's compiler lays it out otherwise. */
function cpythonView(u: CodeUnit, minor: number): CodeView {
  return memo(views, u, minor, () => makeView(u, minor));
}

/**
 * 3.12+ u_varnames in the order the compiler adds to it (compile.c compiler_nameop): the
 * parameters, then each fast local at its first use, an inlined comprehension's names where
 * it saves them (push_inlined_comprehension_state), a class body's own comprehension's all.
 */
function inlinedVarnames(u: CodeUnit, minor: number): string[] {
  const out = u.scope.isFunctionLike ? [...u.scope.params] : [];
  const add = (n: string): void => {
    if (!out.includes(n)) out.push(n);
  };
  const replay = (w: CodeUnit, depth: number): void => {
    for (const ev of w.log) {
      if ('fast' in ev) {
        if (ev.fast !== '.0' || w === u) add(ev.fast);
      } else if ('inline' in ev && isInlined(ev.inline, minor)) {
        pushedNames(ev.inline.scope, u.scope.kind === 'class' && depth === 0).forEach(add);
        replay(ev.inline, depth + 1);
      }
    }
  };
  replay(u, 0);
  return out;
}

/** 3.12+ co_cellvars: the code's cells and its inlined comprehensions' (DEF_COMP_CELL), sorted (dictbytype). */
function inlinedCellvars(u: CodeUnit, minor: number): string[] {
  const cells = new Set(u.scope.cellvars);
  const add = (w: CodeUnit): void => {
    for (const c of w.consts) {
      if (c.t !== 'code' || !isInlined(c.unit, minor)) continue;
      c.unit.scope.cellvars.forEach((n) => cells.add(n));
      add(c.unit);
    }
  };
  add(u);
  return [...cells].sort();
}

function makeView(u: CodeUnit, minor: number): CodeView {
  const s = u.scope;
  const inlines = minor >= 12 && !isInlined(u, minor);
  const v: CodeView = {
    consts: [],
    dropped: [],
    merges: [],
    names: [],
    varnames: inlines ? inlinedVarnames(u, minor) : fastNames(s),
    cellvars: inlines ? inlinedCellvars(u, minor) : s.cellvars,
    freevars: s.freevars,
    inlined: false,
  };
  const keys = new Set<string>();
  const addConst = (c: ConstSpec): void => {
    v.merges.push(c);
    const k = specKey(c, minor);
    if (!keys.has(k)) {
      keys.add(k);
      v.consts.push(c);
    }
  };
  const addName = (list: string[], n: string): void => {
    if (!list.includes(n)) list.push(n);
  };
  // compiler_lambda: None is the first constant, so a lambda has no docstring.
  if (s.kind === 'lambda') addConst({ t: 'none' });
  // fold_tuple_on_constants appends its tuples once the code is compiled, 3.8/3.9 each one.
  const folded: ConstSpec[] = [];
  // Constants CPython compiles for a constant condition but no instruction loads: 3.10/3.11
  // drop them from co_consts at its end (trim_unused_consts), 3.12+ wherever they are
  // (remove_unused_consts); their keys stay in the cache.
  const unused = new Set<ConstSpec>();
  const take = (w: CodeUnit): void => {
    const uses = constUses(w, minor);
    // compiler_function, compiler_lambda: the first constant is the docstring or None.
    const use = (i: number): 'load' | 'test' | undefined => (i === 0 && w === u && s.isFunctionLike && s.kind !== 'comprehension' ? 'load' : uses.get(i));
    let r = 0;
    const repeatsBefore = (i: number): void => {
      for (; r < w.constRepeats.length && w.constRepeats[r].at <= i; r++) {
        const { index, c } = w.constRepeats[r];
        if (use(index) !== undefined) (foldedTuples.has(c) ? folded : v.merges).push(c);
      }
    };
    w.consts.forEach((c, i) => {
      repeatsBefore(i);
      if (use(i) === undefined) return;
      if (use(i) === 'test') {
        unused.add(c);
        if (minor >= 12) {
          v.dropped.push(c);
          return void v.merges.push(c);
        }
      }
      if (foldedTuples.has(c)) {
        folded.push(c);
        return;
      }
      if (c.t === 'code' && isInlined(c.unit, minor)) {
        // The comprehension's constants, names and variables become this code's
        // (its iteration variables hidden fast locals, even in a module or class body).
        v.inlined = true;
        take(c.unit);
        return;
      }
      addConst(c);
      if (c.t === 'code' && minor <= 10) addConst(qualnameConst(c.unit));
    });
    repeatsBefore(Infinity);
    for (const n of w.names) addName(v.names, n);
  };
  take(u);
  for (const c of folded) {
    if (minor >= 10) addConst(c);
    else {
      v.consts.push(c);
      v.merges.push(c);
    }
  }
  while (v.consts.length > 1 && unused.has(v.consts[v.consts.length - 1])) v.dropped.push(v.consts.pop()!);
  return v;
}

/**
 * How CPython's code uses each of u's constants, by index: 'load' where an instruction it
 * keeps loads it, or CPython's does (CodeUnit.unloadedConsts); 'test' (3.10+) where only a constant
 * condition does, a load optimize_basic_block drops with its jump (3.8/3.9 peephole.c drops
 * the jump only), or (3.12+) only a load folded into a tuple; none for a constant expression statement (compiler_visit_stmt_expr ignores
 * it), the constant test of an if or while statement in 3.8/3.9 (expr_constant: nothing is
 * compiled) or an implicit return after a return.
 */
function constUses(u: CodeUnit, minor: number): Map<number, 'load' | 'test'> {
  const uses = new Map<number, 'load' | 'test'>();
  for (const i of u.unloadedConsts) uses.set(i, 'load');
  const skipped = new Set(minor <= 9 ? [...u.constStatements, ...u.constantTests] : u.constStatements);
  const folded = new Set(minor >= 12 ? u.foldedLoads : []);
  for (const i of keptInstructions(u, minor)) {
    if (u.code[2 * i] !== Op.LOAD_CONST || skipped.has(2 * i)) continue;
    const next = u.code[2 * i + 2];
    const arg = u.code[2 * i + 1];
    if (folded.has(2 * i) || (minor >= 10 && (next === Op.POP_JUMP_IF_FALSE || next === Op.POP_JUMP_IF_TRUE))) {
      if (!uses.has(arg)) uses.set(arg, 'test');
    } else uses.set(arg, 'load');
  }
  return uses;
}

/**
 * The instructions CPython keeps: a NOP (pass) on the line of the instruction before or after
 * it (or the first line, RESUME's) is removed (Python/compile.c remove_redundant_nops), and
 * so is a block no jump reaches (eliminate_empty_basic_blocks, mark_reachable).
 */
function keptInstructions(u: CodeUnit, minor: number): number[] {
  const kept: number[] = [];
  const n = u.code.length / 2;
  const nops = constNops(u);
  for (let i = 0; i < n; i++) {
    // A constant statement is one NOP (3.10+; nothing before): its load's place, not its POP_TOP's.
    if (nops.has(i - 1) || (nops.has(i) && minor <= 9)) continue;
    const prev = kept.length > 0 ? u.lines[kept[kept.length - 1]] : u.firstLine;
    const next = nops.has(i) ? i + 2 : i + 1;
    if (opAt(u, i) === Op.NOP && (u.lines[i] === prev || (next < n && u.lines[i] === u.lines[next]))) continue;
    kept.push(i);
  }
  // An implicit return after a return no jump reaches is dead code CPython drops (3.10+ after
  // a raise too: mark_reachable).
  const end = kept.length;
  const targeted = (pos: number): boolean => {
    for (let i = 0; i < n; i++) if (u.code[2 * i + 1] === pos && isJump(u.code[2 * i])) return true;
    return false;
  };
  const at = (k: number): number => u.code[2 * kept[end - k]];
  const exits = minor >= 10 ? [Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE] : [Op.RETURN_VALUE];
  if (end >= 3 && at(1) === Op.RETURN_VALUE && at(2) === Op.LOAD_CONST && exits.includes(at(3)) && !targeted(2 * kept[end - 2])) kept.length -= 2;
  return kept;
}

/** An instruction whose argument is a code position. */
function isJump(op: number): boolean {
  return /JUMP|FOR_ITER|SETUP|SEND/.test(OP_NAMES[op] ?? '');
}

const constNopSets = new WeakMap<CodeUnit, Set<number>>();
/** The loads of u's constant statements (compile.c compiler_visit_stmt_expr compiles a NOP). */
function constNops(u: CodeUnit): Set<number> {
  let s = constNopSets.get(u);
  if (s === undefined) constNopSets.set(u, (s = new Set(u.constStatements.map((at) => at >> 1))));
  return s;
}

/**
 * compiler_make_closure (3.8-3.10): each function made loads its qualified name; a class, its
 * bare name (compiler_class).
 */
function qualnameConst(made: CodeUnit): ConstSpec {
  return { t: 'str', v: made.scope.kind === 'class' ? made.name : made.qualname };
}

/** The code a MAKE_FUNCTION at instruction i makes (3.8-3.10), loaded just before it; else null. */
function madeCode(u: CodeUnit, i: number, minor: number): CodeUnit | null {
  if (minor > 10 || u.code[2 * i] !== Op.MAKE_FUNCTION || i === 0 || u.code[2 * i - 2] !== Op.LOAD_CONST) return null;
  const c = u.consts[u.code[2 * i - 1]];
  return c.t === 'code' ? c.unit : null;
}

/** The opcode CPython's code has at instruction i. */
function opAt(u: CodeUnit, i: number): number {
  return constNops(u).has(i) ? Op.NOP : u.code[2 * i];
}

interface Tables {
  readonly code: string;
  readonly lines: string;
  readonly exceptions: string;
}

/**
 * co_code, co_linetable and co_exceptiontable (3.10+ merged as bytes constants) as keys:
 * co_code with a constant by its index in CPython's co_consts, so lambdas that differ only
 * in their constants share it; the line table with lines relative to the first (3.11+ with
 * columns), equal where code sits alike on its lines; an exception table is empty unless the
 * code sets up a handler, and then its own.
 */
function tables(u: CodeUnit, minor: number): Tables {
  return memo(tableKeys, u, minor, () => {
    const v = cpythonView(u, minor);
    const kept = keptInstructions(u, minor);
    const index = new Map(v.consts.map((c, i) => [specKey(c, minor), i]));
    // 3.12+: an inlined comprehension's code and lines are this code's own.
    const inlined: string[] = [];
    const code = kept
      .map((i) => {
        const op = opAt(u, i);
        const arg = op === Op.NOP ? 0 : u.code[2 * i + 1];
        const made = madeCode(u, i, minor);
        // compiler_make_closure (3.8-3.10) loads the qualified name before MAKE_FUNCTION.
        if (made !== null) return `${Op.LOAD_CONST} ${index.get(specKey(qualnameConst(made), minor))},${op} ${arg}`;
        if (op !== Op.LOAD_CONST) return `${op} ${arg}`;
        const c = u.consts[arg];
        // An inlined comprehension's code and lines are part of this code's (3.12+).
        if (c.t === 'code' && isInlined(c.unit, minor)) {
          const t = tables(c.unit, minor);
          inlined.push(`[${c.unit.firstLine - u.firstLine} ${t.lines}]`);
          return `${op} {${t.code}}`;
        }
        return `${op} ${index.get(specKey(c, minor)) ?? `?${arg}`}`;
      })
      .join(',');
    const rel = kept.map((i) => u.lines[i] - u.firstLine).join(',') + inlined.join('');
    // 3.12 fuses LOAD_CONST + RETURN_VALUE into RETURN_CONST at the return's position
    // (Python/flowgraph.c optimize_basic_block); 3.13 keeps the constant's.
    const fused = (k: number): boolean => minor === 12 && u.code[2 * kept[k]] === Op.LOAD_CONST && u.code[2 * kept[k + 1]] === Op.RETURN_VALUE;
    const cols = minor >= 11 ? kept.filter((_, k) => !fused(k)).map((i) => u.positions.slice(4 * i, 4 * i + 4).map((x, j) => (j % 2 === 0 && x >= 0 ? x - u.firstLine : x))).join(',') : '';
    const exceptions = exceptionTable(u, v, minor);
    return { code: `code ${code}`, lines: minor === 10 ? lineRuns(u, kept) : `lines ${u.code.length} ${rel} ${cols}`, exceptions };
  });
}

/**
 * 3.10's co_linetable (Objects/lnotab_notes.txt): how many bytes of code each line runs for,
 * by its line relative to the first. 3.10 has no PUSH_NULL, which the runtime's calls push;
 * a generator's code starts with a GEN_START of no line (compile.c insert_generator_prefix).
 */
function lineRuns(u: CodeUnit, kept: number[]): string {
  const runs: [number | null, number][] = u.scope.isGenerator ? [[null, 1]] : [];
  for (const i of kept) {
    if (u.code[2 * i] === Op.PUSH_NULL) continue;
    const line = u.lines[i] - u.firstLine;
    // A MAKE_FUNCTION comes with the LOAD_CONST of its qualified name; an argument past 255
    // with an EXTENDED_ARG (a jump's is a position here, not CPython's).
    const arg = u.code[2 * i + 1];
    const extended = arg > 255 && !isJump(u.code[2 * i]) ? 1 : 0;
    const size = (madeCode(u, i, 10) === null ? 1 : 2) + extended;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] === line) last[1] += size;
    else runs.push([line, size]);
  }
  return `lines ${runs.join(' ')}`;
}

/** co_localsplusnames (3.11+ compute_localsplus_info): varnames, the cells that are not, then freevars. */
function localsplusNames(v: CodeView): string[] {
  return [...v.varnames, ...v.cellvars.filter((n) => !v.varnames.includes(n)), ...v.freevars];
}

/**
 * A code object's exception table: empty unless it sets up a handler; a 3.12+ generator's
 * only handler is the one around its whole body (Python/compile.c
 * wrap_in_stopiteration_handler), the same table for the same instructions; any other is its own.
 */
function exceptionTable(u: CodeUnit, v: CodeView, minor: number): string {
  let setup = v.inlined;
  for (let i = 0; i < u.code.length; i += 2) if (u.code[i] === Op.SETUP_FINALLY || u.code[i] === Op.SETUP_CLEANUP) setup = true;
  if (setup) return `exceptions ${codeIdKey(u)}`;
  if (minor >= 12 && u.scope.isGenerator) return `generator exceptions ${layout(u, minor)}`;
  return specKey({ t: 'bytes', v: new Uint8Array(0) }, minor);
}

/** Instructions with inline caches (3.12+, Include/internal/pycore_code.h); others are one code unit each. */
const CACHED = new Set<number>([Op.LOAD_GLOBAL, Op.LOAD_ATTR, Op.LOAD_METHOD, Op.STORE_ATTR, Op.CALL, Op.CALL_KW, Op.BINARY_OP, Op.COMPARE_OP, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.UNPACK_SEQUENCE, Op.FOR_ITER, Op.SEND, Op.PUSH_NULL]);
const CACHED_313 = new Set<number>([Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.JUMP, Op.CONTAINS_OP]);

/**
 * What a generator's exception table depends on: where its instructions start, not what
 * they are (the handler around its body covers them by offset); an instruction without an
 * inline cache is one code unit whatever it does.
 */
function layout(u: CodeUnit, minor: number): string {
  return keptInstructions(u, minor)
    .map((i) => {
      const op = opAt(u, i);
      return CACHED.has(op) || (minor >= 13 && CACHED_313.has(op)) ? String(op) : '.';
    })
    .join(',');
}

const codeIds = new WeakMap<CodeUnit, number>();
let nextCodeId = 0;
const codeIdKey = (unit: CodeUnit): string => {
  let id = codeIds.get(unit);
  if (id === undefined) codeIds.set(unit, (id = ++nextCodeId));
  return `code:${id}`;
};

/** Per version, memoized: what CPython's code object for a unit holds, and its tables. */
const views = new Map<number, WeakMap<CodeUnit, CodeView>>();
const tableKeys = new Map<number, WeakMap<CodeUnit, Tables>>();
const codeKeys = new Map<number, WeakMap<CodeUnit, string>>();
function memo<T>(store: Map<number, WeakMap<CodeUnit, T>>, u: CodeUnit, minor: number, make: () => T): T {
  let m = store.get(minor);
  if (m === undefined) store.set(minor, (m = new WeakMap()));
  let v = m.get(u);
  if (v === undefined) m.set(u, (v = make()));
  return v;
}

/**
 * The key c_const_cache compares constants by (unit.ts constKey). A code object is its own
 * key, and equal code objects are one constant: code_richcompare (Objects/codeobject.c)
 * compares the name, argument counts, flags, first line, co_code, the keys of co_consts and
 * co_names; 3.8-3.10 co_varnames, co_freevars and co_cellvars; 3.11+ co_localsplusnames,
 * co_linetable and co_exceptiontable.
 */
export function specKey(c: ConstSpec, minor: number): string {
  return constKey(c, (u) =>
    memo(codeKeys, u, minor, () => {
      const v = cpythonView(u, minor);
      const t = tables(u, minor);
      const parts = [u.name, u.argcount, u.posonlyargcount, u.kwonlyargcount, u.flags, u.firstLine, t.code, v.consts.map((x) => specKey(x, minor)).join('|'), v.names.join(',')];
      if (minor <= 10) parts.push(v.varnames.join(','), v.freevars.join(','), v.cellvars.join(','));
      else parts.push(localsplusNames(v).join(','), t.lines, t.exceptions);
      return `code:${JSON.stringify(parts)}`;
    }),
  )!;
}
