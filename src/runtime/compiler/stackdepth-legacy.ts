// co_stacksize as CPython 3.8-3.10 compute it (Python/compile.c stackdepth and
// stack_effect of those versions), walked over this compiler's 3.11-shaped instructions.
// Each value on the walked stack stands for as many of CPython's values as that version's
// compiler keeps for it there: none for a call's NULL, six for a caught exception.
import { effect, JUMPS } from './stackdepth';
import { Op } from './opcodes';
import type { CodeUnit } from './unit';

/** A value of this compiler's stack and how many of CPython's it stands for. */
interface Slot {
  w: number;
  /** Pushed by LOAD_METHOD (the method), or the exception a handler holds. */
  kind?: 'method' | 'exc';
  /** A tuple constant: the state it was loaded on, and its length. */
  items?: [Slot[], number];
  /** 3.8's None under a try/finally left from its final body: the instructions it spans. */
  span?: [number, number];
}

const one = (): Slot => ({ w: 1 });

/** Instructions that pop their operands and push no result. */
const NO_RESULT = new Set<Op>([
  Op.NOP, Op.POP_TOP, Op.STORE_FAST, Op.STORE_NAME, Op.STORE_GLOBAL, Op.STORE_DEREF, Op.STORE_ATTR,
  Op.STORE_SUBSCR, Op.DELETE_FAST, Op.DELETE_NAME, Op.DELETE_GLOBAL, Op.DELETE_DEREF, Op.DELETE_ATTR,
  Op.DELETE_SUBSCR, Op.LIST_APPEND, Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE,
  Op.DICT_MERGE, Op.IMPORT_STAR, Op.POP_EXCEPT, Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.POP_BLOCK,
  Op.SETUP_ANNOTATIONS, Op.RETURN_GENERATOR, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE,
  Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
]);

const STORES = new Set<Op>([Op.STORE_FAST, Op.STORE_NAME, Op.STORE_GLOBAL, Op.STORE_DEREF]);

/**
 * The deepest stack of code under 3.minor (8 to 10). States are kept with the slots they
 * hold, and a slot's width may be settled when it is consumed (a method looked up for a
 * call with keywords is a plain attribute there), so the depth is summed at the end.
 */
export function legacyStackDepth(u: CodeUnit, isGenerator: boolean, minor: number): number {
  const { code, consts } = u;
  const n = code.length >> 1;
  const seen: (Slot[] | undefined)[] = new Array(n);
  const states: Slot[][] = [];
  /** Depths reached inside one instruction, above the state it leaves. */
  const extras: [Slot[], number][] = [];
  const work: number[] = [];
  const lone = (i: number, isMap: boolean): boolean => (!isMap || minor === 8) && u.loneStarred.some((x) => x.build === 2 * i);
  const visit = (i: number, stack: Slot[]): void => {
    if (i >= n) return;
    if (stack.some((x) => x.span && (i < x.span[0] || i >= x.span[1]))) stack = stack.filter((x) => !x.span || (i >= x.span[0] && i < x.span[1]));
    const old = seen[i];
    if (old && old.length >= stack.length) return;
    seen[i] = stack;
    states.push(stack);
    work.push(i);
  };
  visit(0, []);
  while (work.length > 0) {
    const i = work.pop()!;
    const op = code[2 * i] as Op;
    const arg = code[2 * i + 1];
    const s = seen[i]!.slice();
    const pop = (k: number): Slot[] => {
      if (k > s.length) throw new Error(`stack depth: instruction ${i} (opcode ${op}) pops below the stack`);
      return s.splice(s.length - k, k);
    };
    const next = code[2 * (i + 1)] as Op | undefined;
    switch (op) {
      case Op.PUSH_NULL:
        // 3.8-3.10 push no NULL before a callable (compiler_call).
        s.push({ w: 0 });
        break;
      case Op.LOAD_CONST: {
        // MAKE_FUNCTION of 3.8-3.10 takes the qualified name above the code object.
        const slot: Slot = { w: next === Op.MAKE_FUNCTION ? 2 : 1 };
        // 3.8-3.9 fold a defaults tuple of constants after the depth is computed (peephole.c
        // fold_tuple_on_constants): its items count one by one.
        const k = consts[arg];
        if (minor <= 9 && k?.t === 'tuple') slot.items = [s.slice(), k.items.length];
        s.push(slot);
        break;
      }
      case Op.LOAD_METHOD:
        pop(1);
        s.push({ w: 1, kind: 'method' }, one());
        break;
      case Op.CALL:
        pop(arg + 2);
        s.push(one());
        break;
      case Op.CALL_KW: {
        // maybe_optimize_method_call (3.8-3.10) leaves calls with keywords to LOAD_ATTR and
        // CALL_FUNCTION_KW: the method's slot holds nothing.
        const popped = pop(arg + 3);
        if (popped[0].kind === 'method') popped[0].w = 0;
        s.push(one());
        break;
      }
      case Op.CALL_FUNCTION_EX: {
        const popped = pop(3 + (arg & 1));
        // Positional arguments of constants, BUILD_TUPLE folded after the depth is computed
        // (3.9 makes one of three or more a constant itself, starunpack_helper).
        const items = popped[2].items;
        if (items && (minor === 8 || items[1] <= 2)) extras.push(items);
        s.push(one());
        break;
      }
      case Op.MAKE_FUNCTION: {
        const popped = pop(1 + ((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)));
        if (arg & 1 && popped[0].items) extras.push(popped[0].items);
        s.push(one());
        break;
      }
      case Op.BUILD_LIST:
      case Op.BUILD_MAP:
        pop(op === Op.BUILD_MAP ? 2 * arg : arg);
        // compiler_call_helper: `f(*a)` passes a itself (3.8-3.10), and 3.8 `f(**k)` k.
        s.push({ w: lone(i, op === Op.BUILD_MAP) ? 0 : 1 });
        break;
      case Op.LIST_EXTEND:
      case Op.DICT_MERGE:
        pop(1);
        // The lone *a (or **k) is the argument itself from here.
        if (u.loneStarred.some((x) => x.merge === 2 * i)) s[s.length - arg] = one();
        break;
      case Op.SWAP: {
        const t = s[s.length - 1];
        s[s.length - 1] = s[s.length - arg];
        s[s.length - arg] = t;
        break;
      }
      case Op.PUSH_EXC_INFO:
        // The handler's six values: the previous exception's three, then the caught one's.
        pop(1);
        s.push({ w: 3 }, { w: 3, kind: 'exc' });
        break;
      case Op.CHECK_EXC_MATCH: {
        // DUP_TOP before the type (compiler_try_except): the exception counts once more.
        const [exc] = pop(2);
        exc.w = 4;
        s.push({ w: 3, kind: 'exc' }, one());
        break;
      }
      case Op.WITH_EXCEPT_START:
        // 3.8 WITH_CLEANUP_START counts 2 (stack_effect), 3.9-3.10 WITH_EXCEPT_START 1.
        s.push({ w: minor === 8 ? 2 : 1 });
        break;
      case Op.CALL_EXIT_NONE:
        // 3.9-3.10 compiler_call_exit_with_nones pushes three Nones to call __exit__; 3.8
        // BEGIN_FINALLY counts 6, then WITH_CLEANUP_START 2.
        extras.push([s.slice(), minor === 8 ? 8 : 3]);
        pop(1);
        break;
      case Op.SETUP_FINALLY: {
        // 3.8 compiler_try_finally (break_finally): a None placeholder under the statement.
        const mark = minor === 8 ? u.finallyExits.find((x) => x.setup === 2 * i) : undefined;
        if (mark) s.push({ w: 1, span: [i, mark.end >> 1] });
        visit(arg >> 1, [...s, { w: 6 }]);
        break;
      }
      case Op.SETUP_CLEANUP:
        // A with block's handler (SETUP_WITH): __exit__ stays under the six values. The
        // model's cleanup of an except clause is CPython's block stack: nothing to count.
        visit(arg >> 1, code[2 * (i - 1)] === Op.BEFORE_WITH ? [...s.slice(0, -1), { w: 6 }] : s.slice(0, -1).concat({ w: 0 }));
        break;
      default: {
        if (JUMPS.has(op)) {
          const j = effect(op, arg, true);
          if (j !== null) visit(arg >> 1, j < 0 ? s.slice(0, s.length + j) : [...s, ...Array.from({ length: j }, one)]);
        }
        const f = effect(op, arg, false);
        if (f === null) continue;
        if (NO_RESULT.has(op)) {
          const popped = pop(-f);
          // A named except clause (3.8-3.10) wraps its body in a try/finally whose handler
          // stores None in the name: six values and None above the previous exception.
          if (STORES.has(op) && popped[0]?.kind === 'exc') extras.push([s.slice(), 7]);
        } else if (op === Op.UNPACK_SEQUENCE || op === Op.UNPACK_EX) {
          pop(1);
          for (let k = 0; k <= f; k++) s.push(one());
        } else if (f > 0) {
          for (let k = 0; k < f; k++) s.push(one());
        } else {
          pop(1 - f);
          s.push(one());
        }
      }
    }
    visit(i + 1, s);
  }
  const sum = (st: Slot[]): number => st.reduce((a, x) => a + x.w, 0);
  let max = isGenerator && minor === 10 ? 1 : 0; // 3.10 stackdepth: a generator starts at 1 (GEN_START)
  for (const st of states) max = Math.max(max, sum(st));
  for (const [st, extra] of extras) max = Math.max(max, sum(st) + extra);
  return max;
}
