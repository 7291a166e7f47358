// co_stacksize (Python/compile.c stackdepth, flowgraph.c from 3.12): the deepest value
// stack any path reaches, walked over this compiler's instructions; 3.11+ here, whose stack
// effects follow CPython's where their layouts agree, 3.8-3.10 in stackdepth-legacy.ts.
import { CO_GENERATOR } from '../objects/code';
import { Op } from './opcodes';
import { pushedNames } from './scopes';
import type { CodeUnit, ConstSpec } from './unit';
import { legacyStackDepth } from './stackdepth-legacy';

/**
 * Stack effect of an instruction, on the fall-through path (jump false) or the jump
 * (jump true); null where the path does not exist.
 */
export function effect(op: Op, arg: number, jump: boolean): number | null {
  switch (op) {
    case Op.NOP:
    case Op.SWAP:
    case Op.LOAD_ATTR:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
    case Op.LIST_TO_TUPLE:
    case Op.GET_ITER:
    case Op.CHECK_EXC_MATCH:
    case Op.CHECK_EG_MATCH:
    case Op.YIELD_VALUE:
    case Op.GET_YIELD_FROM_ITER:
    case Op.SETUP_ANNOTATIONS:
    case Op.POP_BLOCK:
    case Op.DELETE_FAST:
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL:
    case Op.DELETE_DEREF:
    case Op.DELETE_OUTER:
    case Op.RETURN_GENERATOR:
      return 0;
    case Op.POP_TOP:
    case Op.STORE_FAST:
    case Op.STORE_NAME:
    case Op.STORE_GLOBAL:
    case Op.STORE_DEREF:
    case Op.STORE_OUTER:
    case Op.DELETE_ATTR:
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
    case Op.BINARY_SUBSCR:
    case Op.LIST_APPEND:
    case Op.SET_ADD:
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE:
    case Op.IMPORT_NAME:
    case Op.IMPORT_STAR:
    case Op.POP_EXCEPT:
    case Op.CALL_EXIT_NONE:
    case Op.PREP_RERAISE_STAR:
      return -1;
    case Op.COPY:
    case Op.LOAD_CONST:
    case Op.LOAD_FAST:
    case Op.LOAD_NAME:
    case Op.LOAD_GLOBAL:
    case Op.LOAD_DEREF:
    case Op.LOAD_OUTER:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_CLASSDEREF:
    case Op.LOAD_METHOD:
    case Op.PUSH_NULL:
    case Op.LOAD_BUILD_CLASS:
    case Op.PUSH_EXC_INFO:
    case Op.LOAD_ASSERTION_ERROR:
    case Op.BEFORE_WITH:
    case Op.WITH_EXCEPT_START:
    case Op.IMPORT_FROM:
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
      return 1;
    case Op.STORE_ATTR:
    case Op.DELETE_SUBSCR:
    case Op.MAP_ADD:
    case Op.MATCH_CLASS:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.CALL:
    case Op.CALL_COMPREHENSION:
      return -(arg + 1);
    case Op.CALL_KW:
      return -(arg + 2);
    case Op.CALL_FUNCTION_EX:
      return -(2 + (arg & 1));
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_SLICE:
    case Op.BUILD_STRING:
    case Op.BUILD_MAP_UNPACK_WITH_CALL:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP:
      return -arg;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.FORMAT_VALUE:
      return arg & 4 ? -1 : 0;
    case Op.MAKE_FUNCTION:
      return -((arg & 1 ? 1 : 0) + (arg & 2 ? 1 : 0) + (arg & 4 ? 1 : 0) + (arg & 8 ? 1 : 0));
    case Op.JUMP:
      return jump ? 0 : null;
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
      return -1;
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op.FOR_ITER:
      return jump ? -1 : 1;
    case Op.SEND:
      return jump ? -1 : 0;
    case Op.SETUP_FINALLY:
    case Op.SETUP_CLEANUP:
      return 0;
    case Op.RETURN_VALUE:
    case Op.RAISE_VARARGS:
    case Op.RERAISE:
    case Op.POP_EXCEPT_AND_RERAISE:
      return null;
  }
}

export const JUMPS = new Set<Op>([
  Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND,
]);

/** Where CPython's instructions use the stack differently from this compiler's, per version. */
export interface DepthRules {
  /** A cleanup handler (after PUSH_EXC_INFO): CPython's holds lasti and copies it. */
  cleanup: number;
  /** A with block's handler (SETUP_WITH): lasti, then __exit__'s arguments. */
  with: number;
  /** 3.13's CALL_KW takes the keyword names from the stack (3.11-3.12 use KW_NAMES). */
  kwNamesOnStack: boolean;
  /** 3.12+ make `a and b` with COPY 1 and POP_JUMP_IF_FALSE (no JUMP_IF_FALSE_OR_POP). */
  copyForBoolOps: boolean;
  /** 3.12 counts a constant returned with RETURN_CONST as never pushed (3.13 counts it). */
  returnConst: boolean;
}

/**
 * The deepest stack of code (pairs of opcode and argument). A handler starts with the
 * exception on the stack above its block's level; where CPython's handlers lay the stack
 * out differently, their deepest point is counted from the block's depth.
 */
export function stackDepth(
  code: readonly number[],
  rules: DepthRules,
  consts: readonly ConstSpec[] = [],
  loneStarred: CodeUnit['loneStarred'] = [],
  reshape: Reshape = NO_RESHAPE,
): number {
  const { made, calls, enter } = reshape;
  const lone = new Set<number>();
  for (const x of loneStarred) if (code[x.build] === Op.BUILD_LIST) lone.add(x.build >> 1).add(x.merge >> 1);
  const { kwNamesOnStack } = rules;
  const n = code.length >> 1;
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const visit = (i: number, d: number): void => {
    d += enter.get(i) ?? 0;
    if (i >= n || depth[i] >= d) return;
    depth[i] = d;
    work.push(i);
  };
  visit(0, 0);
  while (work.length > 0) {
    const i = work.pop()!;
    const op = code[2 * i] as Op;
    const arg = code[2 * i + 1];
    const d = depth[i];
    if (d > max) max = d;
    if (op === Op.SETUP_FINALLY) visit(arg >> 1, d + 1);
    else if (op === Op.SETUP_CLEANUP) {
      const afterWith = i > 0 && code[2 * (i - 1)] === Op.BEFORE_WITH;
      max = Math.max(max, d + (afterWith ? rules.with : rules.cleanup));
      visit(arg >> 1, d);
    } else if (JUMPS.has(op)) {
      if (rules.copyForBoolOps && (op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP)) max = Math.max(max, d + 1);
      const j = effect(op, arg, true);
      if (j !== null) visit(arg >> 1, d + j);
    }
    let f = made.has(i) ? 0 : effect(op, arg, false);
    const call = calls.get(i);
    if (call !== undefined) {
      max = Math.max(max, d + call.peak);
      f = call.effect;
    }
    if (rules.returnConst && op === Op.LOAD_CONST && code[2 * (i + 1)] === Op.RETURN_VALUE) f = 0;
    // compiler_call_helper: `f(*a)` passes a itself (loneStarred; `f(**k)` still merges into a dict).
    if (lone.has(i)) f = 0;
    // `x is None` deciding a jump is POP_JUMP_IF_NONE from 3.11 (flowgraph.c
    // optimize_basic_block): None is never pushed, and IS_OP leaves the one value.
    const popJump = (k: number): boolean => code[2 * k] === Op.POP_JUMP_IF_FALSE || code[2 * k] === Op.POP_JUMP_IF_TRUE;
    if (op === Op.LOAD_CONST && consts[arg]?.t === 'none' && code[2 * (i + 1)] === Op.IS_OP && popJump(i + 2)) f = 0;
    if (op === Op.IS_OP && i > 0 && code[2 * (i - 1)] === Op.LOAD_CONST && consts[code[2 * i - 1]]?.t === 'none' && popJump(i + 1)) f = 0;
    // 3.11 and 3.12 pass keyword names with KW_NAMES, not on the stack (3.13's CALL_KW does).
    if (!kwNamesOnStack && i + 1 < n && code[2 * (i + 1)] === Op.CALL_KW && op === Op.LOAD_CONST) f = 0;
    if (!kwNamesOnStack && op === Op.CALL_KW) f = -(arg + 1);
    if (f !== null) {
      if (d + f > max) max = d + f;
      visit(i + 1, d + f);
    }
  }
  return max;
}

/**
 * Where CPython's instructions for a construct push otherwise than this compiler's, by
 * instruction index: made, instructions CPython does not have (no effect); calls, the
 * effect of a call and how far above its depth CPython's code for it reaches; enter, what
 * CPython has on the stack beyond this compiler on reaching an instruction.
 */
interface Reshape {
  made: ReadonlySet<number>;
  calls: ReadonlyMap<number, { effect: number; peak: number }>;
  enter: ReadonlyMap<number, number>;
}
const NO_RESHAPE: Reshape = { made: new Set(), calls: new Map(), enter: new Map() };

function reshapeOf(u: CodeUnit, minor: number): Reshape {
  if (minor < 12) return NO_RESHAPE;
  const made = new Set<number>();
  const calls = new Map<number, { effect: number; peak: number }>();
  const enter = new Map<number, number>();
  // PEP 709: the comprehension's function is not made, and its call (the iterator on the
  // stack) becomes its loop, which leaves the result in the iterator's place.
  for (const c of u.comprehensions) {
    for (let k = c.from >> 1; k <= c.make >> 1; k++) made.add(k);
    calls.set(c.call >> 1, { effect: 0, peak: inlinedPeak(c.unit, u, minor) - 1 });
  }
  // LOAD_SUPER_ATTR: super, __class__ and the first argument (or the two given) on the
  // stack, no NULL and no call; the attribute takes their place.
  for (const c of u.superCalls) {
    made.add(c.nul >> 1);
    calls.set(c.call >> 1, { effect: -c.args, peak: 2 - c.args });
  }
  // A constant statement is a NOP (compile.c compiler_visit_stmt_expr); it shows where
  // 3.12's RETURN_CONST leaves a function needing no stack.
  for (const at of u.constStatements) made.add(at >> 1).add((at >> 1) + 1);
  // 3.13 push a called expression's NULL after it, not before.
  if (minor >= 13) {
    for (const c of u.nullCalls) {
      made.add(c.nul >> 1);
      enter.set(c.after >> 1, (enter.get(c.after >> 1) ?? 0) + 1);
    }
  }
  return { made, calls, enter };
}

/**
 * 3.12+ (PEP 709): a list, set or dict comprehension runs in the enclosing code. Above the
 * level before it: the iterator, the k saved names (SWAP brings the iterator back on top),
 * the result under the iterator, then the loop as the comprehension's own code runs it
 * from its BUILD_LIST and LOAD_FAST .0 (depth 2) on; the cleanup handler reaches k + 2.
 */
function inlinedPeak(comp: CodeUnit, enclosing: CodeUnit, minor: number): number {
  // push_inlined_comprehension_state saves each name it binds on the stack.
  return pushedNames(comp.scope, enclosing.scope.kind === 'class').length + coStacksize(comp, false, minor);
}

/** co_stacksize of a code unit under 3.11+ (3.12+ match where their code is this compiler's). */
export function coStacksize(u: CodeUnit, isGenerator: boolean, minor: number): number {
  const rules = { cleanup: 2, with: 4, kwNamesOnStack: minor >= 13, copyForBoolOps: minor >= 12, returnConst: minor === 12 };
  const depth = stackDepth(u.code, rules, u.consts, u.loneStarred, reshapeOf(u, minor));
  // 3.12+ wrap a generator's body in a handler turning StopIteration into RuntimeError
  // (SETUP_CLEANUP at depth 0: lasti and the exception).
  return isGenerator && minor >= 12 ? Math.max(depth, 2) : depth;
}

/**
 * co_stacksize of a compiled unit under version 3.minor: frame objects (3.8-3.10, kept as
 * co_zombieframe) and generators (3.11+) are sized from it.
 */
export function unitStacksize(u: CodeUnit, minor: number): number {
  const isGenerator = (u.flags & CO_GENERATOR) !== 0;
  return minor <= 10 ? legacyStackDepth(u, isGenerator, minor) : coStacksize(u, isGenerator, minor);
}
