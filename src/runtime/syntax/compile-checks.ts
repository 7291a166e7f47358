// The SyntaxErrors CPython's compiler (Python/compile.c) raises after the symtable:
// return/yield outside a function, break/continue outside a loop, starred misuse and
// repeated keyword arguments, checked in the order the compiler meets them.
import type * as A from './ast';
import { compileMatch, PatternError } from '../compiler/compile-match';

export interface CompileError {
  message: string;
  line: number;
  col: number;
  /** Where the compiler raises it: what it warned about before is printed first. */
  compilerAt: A.Loc;
  /** The end of the node it is raised at, which 3.10+ underline. */
  endLine: number;
  endCol: number;
  /** Something the mini-runtime does not model, rather than a SyntaxError. */
  unsupported?: boolean;
}

class Fail {
  constructor(readonly error: CompileError) {}
}

interface Where {
  fn: boolean;
  /** The comprehension it is in: an await there makes it an asynchronous one. */
  comp?: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
  loop: boolean;
  /** Inside an except* clause with no loop in between (break/continue), or at all (return). */
  starLoop?: boolean;
  star?: boolean;
}

/** compiler_unwind_fblock_stack: an except* clause cannot be left by jumping out of it. */
const STAR_JUMP = "'break', 'continue' and 'return' cannot appear in an except* block";

function fail(message: string, at: A.Loc): never {
  throw new Fail({ message, line: at.line, col: at.col, compilerAt: at, endLine: at.endLine, endCol: at.endCol });
}

function unsupported(message: string, at: A.Loc): never {
  throw new Fail({ message, line: at.line, col: at.col, compilerAt: at, endLine: at.endLine, endCol: at.endCol, unsupported: true });
}

/** ff_lineno: the line of the module's last leading future statement. */
let futureLine = 0;
/** The modeled 3.minor (3.8's ast.c words some of these its own way). */
let minor = 11;

export function checkCompile(module: A.Module, futureLineno = 0, minorVersion = 11): CompileError | null {
  futureLine = futureLineno;
  minor = minorVersion;
  lastStmt = null;
  try {
    body(module.body, { fn: false, loop: false });
    return null;
  } catch (e) {
    if (e instanceof Fail) return e.error;
    throw e;
  }
}

function body(stmts: A.Stmt[], w: Where): void {
  for (const s of stmts) stmt(s, w);
}

function target(t: A.Expr, w: Where): void {
  if (t.kind === 'Starred') fail('starred assignment target must be in a list or tuple', t);
  expr(t, w, true);
}

/** The statement the compiler visited last: 3.8-3.9's compiler_error places an error there (u_lineno). */
let lastStmt: A.Loc | null = null;

function stmt(s: A.Stmt, w: Where): void {
  lastStmt = s;
  switch (s.kind) {
    case 'FunctionDef':
      s.decoratorList.forEach((d) => expr(d, w));
      args(s.args, w);
      body(s.body, { fn: true, loop: false });
      return;
    case 'ClassDef':
      s.decoratorList.forEach((d) => expr(d, w));
      body(s.body, { fn: false, loop: false });
      elements(s.bases, w, false);
      keywords(s.keywords, w, s);
      return;
    case 'Return':
      if (!w.fn) fail("'return' outside function", s);
      // compiler_return has visited the value by then: the error is placed there.
      if (w.star) fail(STAR_JUMP, s.value ?? s);
      if (s.value) expr(s.value, w);
      return;
    case 'Delete': s.targets.forEach((t) => delTarget(t, w)); return;
    case 'Assign': expr(s.value, w); s.targets.forEach((t) => target(t, w)); return;
    case 'AugAssign': expr(s.target, w); expr(s.value, w); return;
    case 'AnnAssign': if (s.value) expr(s.value, w); target(s.target, w); return;
    case 'For': if (s.isAsync) fail("'async for' outside async function", s); expr(s.iter, w); target(s.target, w); body(s.body, { ...w, loop: true, starLoop: false }); body(s.orelse, w); return;
    case 'While': expr(s.test, w); body(s.body, { ...w, loop: true, starLoop: false }); body(s.orelse, w); return;
    case 'If': expr(s.test, w); body(s.body, w); body(s.orelse, w); return;
    case 'With':
      if (s.isAsync) fail("'async with' outside async function", s);
      for (const it of s.items) { expr(it.contextExpr, w); if (it.optionalVars) target(it.optionalVars, w); }
      body(s.body, w);
      return;
    case 'Raise': if (s.exc) expr(s.exc, w); if (s.cause) expr(s.cause, w); return;
    case 'Try':
      body(s.body, w);
      // compiler_try_except: 3.11+ compile the else block before the handlers, 3.8-3.10 after.
      if (minor >= 11) body(s.orelse, w);
      s.handlers.forEach((h, i) => {
        // 3.10+ SET_LOC at the handler first; 3.8-3.9 are still where the last statement left them.
        if (!h.type && i < s.handlers.length - 1) fail("default 'except:' must be last", minor <= 9 && lastStmt ? lastStmt : h);
        if (h.type) expr(h.type, w);
        body(h.body, s.star ? { ...w, star: true, starLoop: true } : w);
      });
      if (minor <= 10) body(s.orelse, w);
      body(s.finalbody, w);
      return;
    case 'Assert': expr(s.test, w); if (s.msg) expr(s.msg, w); return;
    case 'Expr': expr(s.value, w); return;
    case 'Break': if (w.starLoop) fail(STAR_JUMP, s); if (!w.loop) fail("'break' outside loop", s); return;
    case 'Continue': if (w.starLoop) fail(STAR_JUMP, s); if (!w.loop) fail("'continue' not properly in loop", s); return;
    case 'Match': match(s, w); return;
    case 'ImportFrom':
      // compiler_from_import: a future statement after the leading ones.
      if (s.module === '__future__' && s.line > futureLine) fail('from __future__ imports must occur at the beginning of the file', s);
      return;
    default: return;
  }
}

/** The pattern compiler run without output: its SyntaxErrors, in the order it meets them. */
function match(s: A.Match, w: Where): void {
  const none = (): void => {};
  try {
    compileMatch({
      emit: none, jump: none, silentJump: none, bind: none, setLine: none, loadInt: none, loadNone: none, loadSingleton: none, loadNames: none, storeName: none, foldedKeys: none,
      expr: (e) => expr(e, w),
      guard: (e) => expr(e, w),
      body: (b) => body(b, w),
    }, s);
  } catch (e) {
    if (e instanceof PatternError) fail(e.message, e.at);
    throw e;
  }
}

function args(a: A.Arguments, w: Where): void {
  a.defaults.forEach((d) => expr(d, w));
  a.kwDefaults.forEach((d) => d && expr(d, w));
}

/** `owner`: the call or class statement; 3.9's validate_keywords moves only u_col_offset to the keyword, the line stays the owner's. */
function keywords(ks: A.Keyword[], w: Where, owner: A.Loc): void {
  const seen = new Set<string>();
  for (const k of ks) {
    if (k.arg !== null) {
      if (seen.has(k.arg)) fail(minor <= 8 ? 'keyword argument repeated' : `keyword argument repeated: ${k.arg}`, minor === 9 ? { ...k, line: owner.line } : k);
      seen.add(k.arg);
    }
  }
  ks.forEach((k) => expr(k.value, w));
}

function expr(e: A.Expr, w: Where, store = false): void {
  switch (e.kind) {
    case 'BoolOp': e.values.forEach((v) => expr(v, w)); return;
    case 'NamedExpr': expr(e.value, w); return;
    case 'BinOp': expr(e.left, w); expr(e.right, w); return;
    case 'UnaryOp': expr(e.operand, w); return;
    case 'Lambda': args(e.args, w); expr(e.body, { fn: true, loop: false }); return;
    case 'IfExp': expr(e.test, w); expr(e.body, w); expr(e.orelse, w); return;
    case 'Dict': e.keys.forEach((k, i) => { if (k) expr(k, w); expr(e.values[i], w); }); return;
    case 'Set': elements(e.elts, w, false); return;
    case 'List': case 'Tuple': {
      if (store && e.elts.filter((x) => x.kind === 'Starred').length > 1) fail(minor <= 8 ? 'two starred expressions in assignment' : 'multiple starred expressions in assignment', e);
      elements(e.elts, w, store);
      return;
    }
    case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp': {
      const inner = { fn: true, loop: false, comp: e };
      e.generators.forEach((g, i) => { expr(g.iter, i === 0 ? w : inner); g.ifs.forEach((x) => expr(x, inner)); });
      if (e.kind === 'DictComp') { expr(e.key, inner); expr(e.value, inner); } else expr(e.elt, inner);
      return;
    }
    case 'Await':
      // compiler_visit_expr1 Await_kind: no function is async here (the mini-runtime runs none).
      // An asynchronous generator expression is allowed anywhere; a list, set or dict one only in
      // an async function (compiler_comprehension: 3.8-3.9 at line 0, no text).
      if (w.comp?.kind === 'GeneratorExp') unsupported('asynchronous generator expressions are not supported', e);
      if (w.comp) fail('asynchronous comprehension outside of an asynchronous function', minor <= 9 ? { line: 0, col: -1, endLine: 0, endCol: -1 } : w.comp);
      fail(w.fn ? "'await' outside async function" : "'await' outside function", e);
    case 'Yield': case 'YieldFrom':
      if (!w.fn) fail("'yield' outside function", e);
      if (e.value) expr(e.value, w);
      return;
    case 'Compare': expr(e.left, w); e.comparators.forEach((x) => expr(x, w)); return;
    case 'Call': expr(e.func, w); elements(e.args, w, false); keywords(e.keywords, w, e); return;
    case 'FormattedValue': expr(e.value, w); if (e.formatSpec) expr(e.formatSpec, w); return;
    case 'JoinedStr': e.values.forEach((x) => expr(x, w)); return;
    case 'Attribute': expr(e.value, w); return;
    case 'Subscript': expr(e.value, w); expr(e.slice, w); return;
    case 'Starred':
      if (!store) fail("can't use starred expression here", e);
      expr(e.value, w);
      return;
    case 'Slice': if (e.lower) expr(e.lower, w); if (e.upper) expr(e.upper, w); if (e.step) expr(e.step, w); return;
    default: return;
  }
}

/** compiler_tuple/compiler_list in a Del context visit each element: a starred one is 3.8's compiler error. */
function delTarget(t: A.Expr, w: Where): void {
  if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach((x) => delTarget(x, w));
  else expr(t, w);
}

/** Display and argument elements, where `*x` is allowed. */
function elements(elts: A.Expr[], w: Where, store: boolean): void {
  for (const x of elts) expr(x.kind === 'Starred' ? x.value : x, w, store);
}
