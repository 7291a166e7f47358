// Comparisons and displays: tuple, list, set and dict displays built in one instruction,
// from one constant or in pieces (Python/compile.c starunpack_helper, compiler_dict).
import type * as A from '../syntax/ast';
import { Op } from './opcodes';
import { R } from '../state';
import { Label } from './unit';
import { constTupleOf, astTuple, frozensetOf } from './expr-constants';
import { ExprBase } from './expr-base';

/** COMPARE_OP opargs: Py_LT .. Py_GE. */
const CMP: Partial<Record<A.CmpOpName, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** Python/compile.c: how deep a display may push before it is built in pieces (3.10+). */
export const STACK_USE_GUIDELINE = 30;

export abstract class DisplayCompiler extends ExprBase {
  /**
   * What a for loop, a comprehension or `in` iterates (Python/ast_opt.c fold_iter): a list
   * display is built as a tuple, a set display of constants is a frozenset constant.
   */
  iterExpr(e: A.Expr): void {
    if (e.kind === 'List' && !e.elts.some((x) => x.kind === 'Starred')) {
      const saved = this.u.line;
      this.u.line = e.line;
      this.sequence(e.elts, 'tuple');
      this.u.line = saved;
      return;
    }
    if (e.kind === 'Set') {
      const consts = constTupleOf(e.elts);
      if (consts !== null && consts.t === 'tuple') return this.loadConst(frozensetOf(consts.items));
    }
    this.expr(e);
  }

  protected compare(e: A.Compare): void {
    const u = this.u;
    this.checkCompare(e);
    this.expr(e.left);
    const n = e.ops.length;
    // fold_compare: the last comparator of `in` / `not in` is folded as an iterable.
    const last = (c: A.Expr, op: A.CmpOpName): void => (op === 'In' || op === 'NotIn' ? this.iterExpr(c) : this.expr(c));
    if (n === 1) {
      last(e.comparators[0], e.ops[0]);
      u.line = e.line;
      this.cmpOp(e.ops[0]);
      return;
    }
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i]);
      u.emit(Op.SWAP, 2);
      u.emit(Op.COPY, 2);
      this.cmpOp(e.ops[i]);
      u.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    last(e.comparators[n - 1], e.ops[n - 1]);
    this.cmpOp(e.ops[n - 1]);
    u.jump(Op.JUMP, end);
    u.bind(cleanup);
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_TOP);
    u.bind(end);
  }

  protected cmpOp(op: A.CmpOpName): void {
    const u = this.u;
    switch (op) {
      case 'Is':
        u.emit(Op.IS_OP, 0);
        return;
      case 'IsNot':
        u.emit(Op.IS_OP, 1);
        return;
      case 'In':
        u.emit(Op.CONTAINS_OP, 0);
        return;
      case 'NotIn':
        u.emit(Op.CONTAINS_OP, 1);
        return;
      default:
        u.emit(Op.COMPARE_OP, CMP[op]!);
    }
  }

  /** Tuple, list and set displays, with starred items gathered through a list. */
  protected sequence(elts: A.Expr[], kind: 'tuple' | 'list' | 'set'): void {
    const u = this.u;
    const starred = elts.some((x) => x.kind === 'Starred');
    if (!starred) {
      const consts = constTupleOf(elts);
      if (kind === 'tuple' && consts !== null) {
        this.loadConst(astTuple(consts)!);
        return;
      }
      // 3.9+ build a display of 3 or more constants from one constant (compiler_subkwargs /
      // starunpack_helper): BUILD_SET 0 + SET_UPDATE of a frozenset, BUILD_LIST 0 + LIST_EXTEND of a tuple.
      if (consts !== null && consts.t === 'tuple' && elts.length >= 3 && R.minor >= 9) {
        u.emit(kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, 0);
        this.loadConst(kind === 'set' ? frozensetOf(consts.items) : consts);
        u.emit(kind === 'set' ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
        return;
      }
      // starunpack_helper (3.10+): a display too long for the stack is built item by item.
      if (R.minor >= 10 && elts.length > STACK_USE_GUIDELINE) {
        u.emit(kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, 0);
        for (const x of elts) {
          this.expr(x);
          u.emit(kind === 'set' ? Op.SET_ADD : Op.LIST_APPEND, 1);
        }
        if (kind === 'tuple') u.emit(Op.LIST_TO_TUPLE);
        return;
      }
      for (const x of elts) this.expr(x);
      u.emit(kind === 'tuple' ? Op.BUILD_TUPLE : kind === 'list' ? Op.BUILD_LIST : Op.BUILD_SET, elts.length);
      return;
    }
    u.emit(kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, 0);
    for (const x of elts) {
      if (x.kind === 'Starred') {
        this.expr(x.value);
        u.emit(kind === 'set' ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        u.emit(kind === 'set' ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (kind === 'tuple') u.emit(Op.LIST_TO_TUPLE);
  }

  protected dict(e: A.Dict): void {
    const u = this.u;
    const hasSpread = e.keys.some((k) => k === null);
    if (!hasSpread) {
      // compiler_dict: from 3.10 a long display goes in chunks of 17 pairs (STACK_USE_GUIDELINE).
      const n = e.keys.length;
      let haveDict = false;
      let begin = 0;
      for (let i = 0; i < n; i++) {
        if (R.minor >= 10 && (i - begin) * 2 > STACK_USE_GUIDELINE) {
          this.subdict(e, begin, i + 1);
          if (haveDict) u.emit(Op.DICT_UPDATE, 1);
          haveDict = true;
          begin = i + 1;
        }
      }
      if (begin < n) {
        this.subdict(e, begin, n);
        if (haveDict) u.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
      }
      if (!haveDict) u.emit(Op.BUILD_MAP, 0);
      return;
    }
    u.emit(Op.BUILD_MAP, 0);
    e.keys.forEach((k, i) => {
      if (k === null) {
        this.expr(e.values[i]);
        u.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        u.emit(Op.MAP_ADD, 1);
      }
    });
  }

  /**
   * compiler_subdict: pairs begin..end as one dict; constant keys go in one tuple
   * (BUILD_CONST_KEY_MAP), and from 3.10 a chunk too big for the stack is built pair by pair.
   */
  protected subdict(e: A.Dict, begin: number, end: number): void {
    const u = this.u;
    const n = end - begin;
    const keys = e.keys.slice(begin, end) as A.Expr[];
    const big = R.minor >= 10 && n * 2 > STACK_USE_GUIDELINE;
    const constKeys = n > 1 && !big ? constTupleOf(keys) : null;
    if (constKeys !== null) {
      for (let i = begin; i < end; i++) this.expr(e.values[i]);
      this.loadConst(constKeys);
      u.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) u.emit(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.expr(keys[i - begin]);
      this.expr(e.values[i]);
      if (big) u.emit(Op.MAP_ADD, 1);
    }
    if (!big) u.emit(Op.BUILD_MAP, n);
  }
}
