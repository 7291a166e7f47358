// CPython's code object for a compiled unit, where the runtime lays its own out otherwise:
// co_consts, co_names and the variable names, its tables (co_code, line and exception
// tables) and the key c_const_cache compares code constants by.
import { Op } from './opcodes';
import { fastNames, inlinedCellvars, inlinedVarnames, isInlined } from './inlined-names';
import { constUses, isJump, keptInstructions, madeCode, opAt, qualnameConst } from './kept-instructions';
import { constKey, type CodeUnit, type ConstSpec } from './unit';

/**
 * Tuple constants the AST optimizer made (Python/ast_opt.c fold_tuple, fold_iter), which the
 * AST's arena holds; the compiler makes the others.
 */
export const astTuples = new WeakSet<ConstSpec>();

/** Tuple constants fold_tuple_on_constants makes once the code is compiled (expr-calls.ts loadFoldedTuple). */
export const foldedTuples = new WeakSet<ConstSpec>();

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

/** How many fast locals CPython's code for u has beyond u's own: its inlined comprehensions' variables (3.12+). */
export function inlinedLocals(u: CodeUnit, minor: number): number {
  if (minor < 12 || !u.consts.some((c) => c.t === 'code' && isInlined(c.unit, minor))) return 0;
  return cpythonView(u, minor).varnames.length - fastNames(u.scope).length;
}

/** What CPython's code object for u holds, where the runtime's compiler lays it out otherwise. */
export function cpythonView(u: CodeUnit, minor: number): CodeView {
  return memo(views, u, minor, () => makeView(u, minor));
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
  // The compiler loaded the folded tuple's items one by one first, which made them constants;
  // 3.12+ remove_unused_consts drops those no instruction loads now but the first constant.
  const fold = (c: ConstSpec): void => {
    folded.push(c);
    if (c.t !== 'tuple') return;
    for (const i of c.items) {
      if (minor < 12 || v.consts.length === 0 || keys.has(specKey(i, minor))) addConst(i);
      else {
        v.merges.push(i);
        v.dropped.push(i);
      }
    }
  };
  const take = (w: CodeUnit): void => {
    const uses = constUses(w, minor);
    // compiler_function, compiler_lambda: the first constant is the docstring or None.
    const use = (i: number): 'load' | 'test' | undefined => (i === 0 && w === u && s.isFunctionLike && s.kind !== 'comprehension' ? 'load' : uses.get(i));
    let r = 0;
    const repeatsBefore = (i: number): void => {
      for (; r < w.constRepeats.length && w.constRepeats[r].at <= i; r++) {
        const { index, c } = w.constRepeats[r];
        if (use(index) === undefined) continue;
        if (foldedTuples.has(c)) fold(c);
        else v.merges.push(c);
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
      if (foldedTuples.has(c)) return fold(c);
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
export function tables(u: CodeUnit, minor: number): Tables {
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
export function localsplusNames(v: CodeView): string[] {
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
