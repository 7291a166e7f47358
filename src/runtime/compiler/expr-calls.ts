// Calls (Python/compile.c compiler_call, compiler_call_helper) and what a def or lambda
// pushes before MAKE_FUNCTION: defaults, keyword defaults, annotations and the closure.
import type * as A from '../syntax/ast';
import { Op } from './opcodes';
import { R } from '../state';
import { CodeUnit, ConstSpec } from './unit';
import { foldedTuples } from './code-object';
import { loadsOneConst } from './expr-constants';
import { DisplayCompiler, STACK_USE_GUIDELINE } from './expr-displays';
import { attrLine, matchAttr } from './attr-location';

export abstract class CallCompiler extends DisplayCompiler {
  protected callExpr(e: A.Call): void {
    const u = this.u;
    const simple = !e.args.some((a) => a.kind === 'Starred') && !e.keywords.some((k) => k.arg === null);
    if (e.func.kind === 'Attribute' && simple) {
      const meth = e.func;
      this.attributeValue(meth);
      if (e.keywords.length > 0) u.boundMethodLoads.push(u.code.length);
      // maybe_optimize_method_call: the method's lookup is at the attribute, from 3.10 on its
      // name's line, as is the call (3.10 only when no keywords: those take compiler_call).
      const callLoc = u.loc;
      const folded = this.superFolded();
      const methLoc = folded ? meth : matchAttr(meth, meth);
      u.line = folded ? meth.line : attrLine(meth);
      u.loc = methLoc;
      u.emit(Op.LOAD_METHOD, u.addMangledName(meth.attr));
      if (folded && methLoc !== matchAttr(meth, meth)) {
        // 3.12+ LOAD_SUPER_METHOD keeps the attribute's start; a NOP marks its name's line.
        u.loc = matchAttr(meth, meth);
        u.line = u.loc.line;
        u.emit(Op.NOP);
      }
      u.loc = matchAttr(callLoc ?? e, meth);
      const callLine = R.minor >= 11 || (R.minor === 10 && e.keywords.length === 0) ? attrLine(meth) : e.line;
      this.callArgs(e.args, e.keywords, 0, callLine, methLoc);
      u.loc = callLoc;
      return;
    }
    this.checkCaller(e);
    const nul = u.emit(Op.PUSH_NULL);
    this.expr(e.func);
    u.nullCalls.push({ nul, after: u.code.length });
    this.callArgs(e.args, e.keywords, 0, e.line);
  }

  /** Whether the instruction just emitted is a super() call 3.12+ fold into the attribute's load (see attributeValue). */
  protected superFolded(): boolean {
    return R.minor >= 12 && this.u.superCalls.at(-1)?.call === this.u.code.length - 2;
  }

  /** The object an attribute is loaded from, noting a super() call 3.12+ fold into the load that follows (LOAD_SUPER_ATTR). */
  protected attributeValue(e: A.Attribute): void {
    const u = this.u;
    const from = u.code.length;
    this.expr(e.value);
    if (e.value.kind === 'Call' && this.canOptimizeSuperCall(e)) {
      if (u.nullCalls.at(-1)?.nul === from) u.nullCalls.pop();
      u.superCalls.push({ nul: from, call: u.code.length - 2, args: e.value.args.length });
    }
  }

  /** compile.c can_optimize_super_call (3.12+): super is the builtin, called with no arguments from a method or with two. */
  protected canOptimizeSuperCall(attr: A.Attribute): boolean {
    const u = this.u;
    const e = attr.value;
    if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length > 0) return false;
    // Statically visible shadowing: super bound or declared here, or named at all at the top.
    const sym = u.scope.symbols.get('super');
    if (sym !== undefined && (sym.bound || sym.global || sym.nonlocal)) return false;
    if (u.scope.kind !== 'module' && u.scope.lookup('super') !== (u.scope.kind === 'class' ? 'local' : 'global_implicit')) return false;
    if (this.table.top.symbols.has('super')) return false;
    if (e.args.length === 2) return !e.args.some((a) => a.kind === 'Starred');
    if (e.args.length !== 0 || u.argcount === 0) return false;
    return u.scope.freevars.includes('__class__');
  }

  /** Arguments after [NULL|method, callable|self, `prefix` items already pushed]. */
  callArgs(args: A.Expr[], keywords: A.Keyword[], prefix: number, line: number, kwLoc: A.Loc | null = null): void {
    const u = this.u;
    const starred = args.some((a) => a.kind === 'Starred') || keywords.some((k) => k.arg === null);
    if (!starred) {
      for (const a of args) this.expr(a);
      for (const k of keywords) this.expr(k.value);
      u.line = line;
      if (keywords.length > 0) {
        // compiler_call_simple_kw_helper: a method call's names are at the method (3.11+).
        const callLoc = u.loc;
        if (kwLoc !== null && R.minor >= 11) u.loc = kwLoc;
        this.loadConst({ t: 'tuple', items: keywords.map((k) => ({ t: 'str' as const, v: k.arg! })) });
        u.loc = callLoc;
        u.emit(Op.CALL_KW, prefix + args.length + keywords.length);
      } else {
        u.emit(Op.CALL, prefix + args.length);
      }
      return;
    }
    if (args.some((a) => a.kind === 'Starred') || !this.positionalTuple(args, prefix)) this.positionalList(args, prefix);
    let flags = 0;
    if (keywords.length > 0) {
      // compiler_call_helper: runs of named keywords are maps of their own (compiler_subkwargs),
      // a ** merged into the one map (an empty one first if it comes first); so a name
      // given twice is an error ("got multiple values for keyword argument").
      flags = 1;
      if (R.minor === 8 && this.kwargsOf38(keywords)) {
        u.line = line;
        u.emit(Op.CALL_FUNCTION_EX, flags);
        return;
      }
      let haveDict = false;
      let seen = 0;
      for (let i = 0; i < keywords.length; i++) {
        if (keywords[i].arg !== null) {
          seen++;
          continue;
        }
        if (seen > 0) {
          this.subkwargs(keywords.slice(i - seen, i));
          if (haveDict) u.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          seen = 0;
        }
        if (!haveDict) {
          const build = u.emit(Op.BUILD_MAP, 0);
          this.expr(keywords[i].value);
          const merge = u.emit(Op.DICT_MERGE, 1);
          if (keywords.length === 1) u.loneStarred.push({ build, merge });
          haveDict = true;
          continue;
        }
        this.expr(keywords[i].value);
        u.emit(Op.DICT_MERGE, 1);
      }
      if (seen > 0) {
        this.subkwargs(keywords.slice(keywords.length - seen));
        if (haveDict) u.emit(Op.DICT_MERGE, 1);
      }
    }
    u.line = line;
    u.emit(Op.CALL_FUNCTION_EX, flags);
  }

  /**
   * A BUILD_TUPLE of constants, which fold_tuple_on_constants (3.8/3.9 Python/peephole.c,
   * 3.10/3.11 Python/compile.c, 3.12+ Python/flowgraph.c) makes one constant once the code is
   * compiled: appended to co_consts (3.8/3.9 without looking for an equal one), where up to
   * 3.11 the items stay too (3.12's remove_unused_consts drops them).
   */
  protected loadFoldedTuple(items: ConstSpec[]): void {
    this.u.emit(Op.LOAD_CONST, this.foldTuple(items));
  }

  /** The index of the constant fold_tuple_on_constants makes of items (see loadFoldedTuple). */
  protected foldTuple(items: ConstSpec[]): number {
    const u = this.u;
    const tuple: ConstSpec = { t: 'tuple', items };
    foldedTuples.add(tuple);
    if (R.minor <= 11) items.forEach((c) => u.unloadedConsts.add(u.addConst(c)));
    return R.minor >= 10 ? u.addConst(tuple) : u.consts.push(tuple) - 1;
  }

  /**
   * A call with ** but no * builds its positional arguments as a tuple (compiler_call_helper,
   * starunpack_helper), after the `prefix` items pushed: of three or more constants one
   * constant (3.8: BUILD_TUPLE, folded by the peephole optimizer); of fewer, BUILD_TUPLE,
   * which the optimizer folds (3.8/3.9 not an empty one). False where they are gathered in a
   * list instead: from 3.10 more than STACK_USE_GUIDELINE of them, and constants after the
   * prefix (3.11+; 3.9/3.10 lose the prefix there, a bug not modelled).
   */
  protected positionalTuple(args: A.Expr[], prefix: number): boolean {
    const u = this.u;
    const items = args.map(loadsOneConst);
    const consts = items.every((c) => c !== null) ? (items as ConstSpec[]) : null;
    if (consts !== null && prefix === 0) {
      if (consts.length > 2 && R.minor >= 9) u.emit(Op.LOAD_CONST, u.addConst({ t: 'tuple', items: consts }));
      else if (consts.length > 0 || R.minor >= 10) this.loadFoldedTuple(consts);
      else u.emit(Op.BUILD_TUPLE, 0);
      return true;
    }
    if ((R.minor >= 10 && prefix + args.length > STACK_USE_GUIDELINE) || (consts !== null && consts.length > 2 && R.minor >= 9)) return false;
    for (const a of args) this.expr(a);
    u.emit(Op.BUILD_TUPLE, prefix + args.length);
    return true;
  }

  /**
   * 3.8 compiler_call_helper: each run of named keywords a map (compiler_subkwargs), each **
   * mapping as it is, and more than one of them made one dict by BUILD_MAP_UNPACK_WITH_CALL.
   * Says whether it compiled them (one alone is left to the later versions' way, the same there).
   */
  private kwargsOf38(keywords: A.Keyword[]): boolean {
    let groups = 0;
    let seen = 0;
    for (const k of keywords) {
      if (k.arg !== null) seen++;
      else {
        if (seen > 0) groups++;
        seen = 0;
        groups++;
      }
    }
    if (seen > 0) groups++;
    if (groups < 2) return false;
    seen = 0;
    keywords.forEach((k, i) => {
      if (k.arg !== null) return void seen++;
      if (seen > 0) this.subkwargs(keywords.slice(i - seen, i));
      seen = 0;
      this.expr(k.value);
    });
    if (seen > 0) this.subkwargs(keywords.slice(keywords.length - seen));
    this.u.emit(Op.BUILD_MAP_UNPACK_WITH_CALL, groups);
    return true;
  }

  /**
   * compiler_subkwargs: named keywords as one map, of two or more (not too many for the stack,
   * 3.10+) their values and a constant tuple of their names (BUILD_CONST_KEY_MAP).
   */
  private subkwargs(kws: A.Keyword[]): void {
    const u = this.u;
    const n = kws.length;
    const big = R.minor >= 10 && n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (const k of kws) this.expr(k.value);
      this.loadConst({ t: 'tuple', items: kws.map((k) => ({ t: 'str' as const, v: k.arg! })) });
      u.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) u.emit(Op.BUILD_MAP, 0);
    for (const k of kws) {
      this.loadConst({ t: 'str', v: k.arg! });
      this.expr(k.value);
      if (big) u.emit(Op.MAP_ADD, 1);
    }
    if (!big) u.emit(Op.BUILD_MAP, n);
  }

  /** The positional arguments gathered in a list made a tuple (a lone `*a` is passed as it is). */
  private positionalList(args: A.Expr[], prefix: number): void {
    const u = this.u;
    const build = u.emit(Op.BUILD_LIST, prefix);
    for (const a of args) {
      if (a.kind === 'Starred') {
        this.expr(a.value);
        const merge = u.emit(Op.LIST_EXTEND, 1);
        if (prefix === 0 && args.length === 1) u.loneStarred.push({ build, merge });
        u.callStars.push(merge);
      } else {
        this.expr(a);
        u.emit(Op.LIST_APPEND, 1);
      }
    }
    u.emit(Op.LIST_TO_TUPLE);
  }

  /** Push defaults, kwdefaults and the closure, then the code object, and MAKE_FUNCTION. */
  makeFunction(code: CodeUnit, args: A.Arguments | null, returns: A.Expr | null = null): void {
    const u = this.u;
    let flags = 0;
    if (args && args.defaults.length > 0) {
      // fold_tuple_on_constants (3.8/3.9 peephole.c, unmerged; 3.10+ compile.c, merged):
      // defaults that are all constants load one tuple constant.
      const consts = args.defaults.map(loadsOneConst);
      if (consts.every((c) => c !== null)) this.loadFoldedTuple(consts as ConstSpec[]);
      else {
        for (const d of args.defaults) this.expr(d);
        u.emit(Op.BUILD_TUPLE, args.defaults.length);
      }
      flags |= 1;
    }
    if (args && args.kwDefaults.some((d) => d !== null)) {
      // compiler_visit_kwonlydefaults: the defaults, then a constant tuple of their mangled
      // names as the keys of __kwdefaults__ (BUILD_CONST_KEY_MAP).
      const keys: ConstSpec[] = [];
      args.kwonlyargs.forEach((a, i) => {
        const d = args.kwDefaults[i];
        if (d) {
          keys.push({ t: 'str', v: u.scope.mangle(a.arg) });
          this.expr(d);
        }
      });
      this.loadConst({ t: 'tuple', items: keys });
      u.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
      flags |= 2;
    }
    if (args && this.annotations(args, returns)) flags |= 4;
    const free = code.scope.freevars;
    if (free.length > 0) {
      for (const name of free) {
        // The enclosing scope passes its own cell (or free variable) of that name.
        u.emit(Op.LOAD_CLOSURE, u.derefIndex(name));
      }
      u.emit(Op.BUILD_TUPLE, free.length);
      flags |= 8;
    }
    this.loadConst({ t: 'code', unit: code });
    u.emit(Op.MAKE_FUNCTION, flags);
  }

  /**
   * compiler_visit_annotations: the annotations of args, then positional-only ones, *args,
   * keyword-only ones, **kwargs and the return, evaluated after the defaults; 3.8/3.9 make
   * a dict of them (BUILD_CONST_KEY_MAP), 3.10+ a flat (name, value, ...) tuple. Returns
   * whether there were any.
   */
  protected annotations(a: A.Arguments, returns: A.Expr | null): boolean {
    const u = this.u;
    const pairs: Array<[string, A.Expr]> = [];
    const add = (arg: A.Arg | null): void => {
      // compiler_visit_argannotation: the key is the mangled parameter name.
      if (arg !== null && arg.annotation !== null) pairs.push([u.scope.mangle(arg.arg), arg.annotation]);
    };
    a.args.forEach(add);
    a.posonlyargs.forEach(add);
    add(a.vararg);
    a.kwonlyargs.forEach(add);
    add(a.kwarg);
    if (returns !== null) pairs.push(['return', returns]);
    if (pairs.length === 0) return false;
    const consts = pairs.map(([, e]) => (this.futureAnnotations ? this.annotationText(e) : loadsOneConst(e)));
    if (R.minor >= 10 && consts.every((c) => c !== null)) {
      // The optimizer folds a BUILD_TUPLE of constants into one constant (fold_tuple_on_constants).
      const items: ConstSpec[] = [];
      pairs.forEach(([name], i) => items.push({ t: 'str', v: name }, consts[i]!));
      this.loadFoldedTuple(items);
    } else if (R.minor >= 10) {
      for (const [name, e] of pairs) {
        this.loadConst({ t: 'str', v: name });
        if (e.kind === 'Starred') {
          // compiler_visit_argannotation: `*args: *Ts` is `[value] = [*Ts]` (3.11, PEP 646).
          this.expr(e.value);
          u.emit(Op.UNPACK_SEQUENCE, 1);
        } else this.expr(e);
      }
      u.emit(Op.BUILD_TUPLE, 2 * pairs.length);
    } else {
      for (const [, e] of pairs) this.annotation(e);
      this.loadConst({ t: 'tuple', items: pairs.map(([name]) => ({ t: 'str' as const, v: name })) });
      u.emit(Op.BUILD_CONST_KEY_MAP, pairs.length);
    }
    return true;
  }
}
