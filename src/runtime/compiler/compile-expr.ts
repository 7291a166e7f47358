// The expression half of the compiler: each expression kind to its instructions, by way of
// the layers below (expr-base, expr-displays, expr-calls, expr-units).
import type * as A from '../syntax/ast';
import { NbOp, Op } from './opcodes';
import { CompileError, Label } from './unit';
import { foldExpr } from './fold';
import { constSpec } from './expr-constants';
import { UnitCompiler } from './expr-units';
import { attrLine, matchAttr } from './attr-location';

const BINOP: Record<A.OperatorName, NbOp> = {
  Add: NbOp.ADD,
  BitAnd: NbOp.AND,
  FloorDiv: NbOp.FLOOR_DIVIDE,
  LShift: NbOp.LSHIFT,
  MatMult: NbOp.MATRIX_MULTIPLY,
  Mult: NbOp.MULTIPLY,
  Mod: NbOp.REMAINDER,
  BitOr: NbOp.OR,
  Pow: NbOp.POWER,
  RShift: NbOp.RSHIFT,
  Sub: NbOp.SUBTRACT,
  Div: NbOp.TRUE_DIVIDE,
  BitXor: NbOp.XOR,
};

export class ExprCompiler extends UnitCompiler {
  binop(op: A.OperatorName): number {
    return BINOP[op];
  }

  // ---- expressions ----

  expr(e: A.Expr): void {
    if (e === this.stopAt) this.stop();
    const u = this.u;
    const saved = u.line;
    const savedLoc = u.loc;
    u.line = e.line;
    // compiler_visit_expr: an expression's instructions carry its location.
    u.loc = e;
    this.exprInner(e.kind === 'BinOp' || e.kind === 'UnaryOp' || e.kind === 'Subscript' ? foldExpr(e) : e);
    u.line = saved;
    u.loc = savedLoc;
  }

  protected exprInner(e: A.Expr): void {
    const u = this.u;
    switch (e.kind) {
      case 'Constant':
        return this.loadConst(constSpec(e.value));
      case 'Name':
        return this.loadName(e.id);
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        u.line = e.line;
        u.emit(Op.BINARY_OP, BINOP[e.op]);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        u.emit(
          e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT,
        );
        return;
      case 'BoolOp': {
        const end = new Label();
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) u.jump(e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        });
        u.bind(end);
        return;
      }
      case 'Compare':
        return this.compare(e);
      case 'IfExp': {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        u.silentJump(end);
        u.bind(orelse);
        this.expr(e.orelse);
        u.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        u.emit(Op.COPY, 1);
        this.storeName(e.target.id);
        return;
      case 'Attribute': {
        this.attributeValue(e);
        const named = matchAttr(e, e);
        if (this.superFolded()) {
          // 3.12+ LOAD_SUPER_ATTR keeps the attribute's start; a NOP marks its name's line.
          u.emit(Op.LOAD_ATTR, u.addMangledName(e.attr));
          u.line = named.line;
          u.loc = named;
          if (named !== e) u.emit(Op.NOP);
          return;
        }
        u.line = attrLine(e);
        u.loc = named;
        u.emit(Op.LOAD_ATTR, u.addMangledName(e.attr));
        return;
      }
      case 'Subscript':
        this.checkSubscript(e);
        this.expr(e.value);
        this.subscriptKey(e.slice);
        u.line = e.line;
        u.emit(Op.BINARY_SUBSCR);
        return;
      case 'Tuple':
        return this.sequence(e.elts, 'tuple');
      case 'List':
        return this.sequence(e.elts, 'list');
      case 'Set':
        return this.sequence(e.elts, 'set');
      case 'Dict':
        return this.dict(e);
      case 'Call':
        return this.callExpr(e);
      case 'Lambda':
        return this.lambda(e);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e);
      case 'JoinedStr':
        for (const v of e.values) this.expr(v);
        if (e.values.length !== 1) u.emit(Op.BUILD_STRING, e.values.length);
        else if (e.values[0].kind === 'Constant') return;
        return;
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.formatSpec) {
          this.expr(e.formatSpec);
          flags |= 4;
        }
        u.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      case 'Yield':
        if (!u.scope.isFunctionLike) throw new CompileError("'yield' outside function", e.line);
        if (e.value) this.expr(e.value);
        else this.loadConst({ t: 'none' });
        u.emit(Op.YIELD_VALUE);
        return;
      case 'YieldFrom': {
        if (!u.scope.isFunctionLike) throw new CompileError("'yield' outside function", e.line);
        this.expr(e.value);
        u.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst({ t: 'none' });
        const send = new Label();
        const done = new Label();
        u.bind(send);
        // ceval's line tracing skips the jump back to SEND (a delegating generator's loop):
        // both are silent, so passes of the loop are not executions of the line.
        u.quiet = true;
        u.jump(Op.SEND, done);
        u.quiet = false;
        u.emit(Op.YIELD_VALUE);
        u.silentJump(send);
        u.bind(done);
        return;
      }
      case 'Starred':
        throw new CompileError("can't use starred expression here", e.line);
      case 'Slice':
        this.subscriptKey(e);
        return;
    }
  }
}
