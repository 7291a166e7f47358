// What the main script's parser arena holds while the script runs (Python/pythonrun.c
// pyrun_file frees the arena only after run_mod returns), and the compiler keeps: the
// references on the shared small ints, bools, empty and one-character objects a script can count.
import { foldExpr } from './compiler/fold';
import { constTuple } from './compiler/fold-tuples';
import { forEachNode, leftmostLiteral } from './compiler/parser-floats';
import type { CodeUnit } from './compiler/unit';
import * as abs from './objects/abstract';
import { cacheCharacters, newBytes } from './objects/bytes';
import { newIntBig } from './objects/int';
import type { PyObject } from './objects/object';
import { False, True } from './objects/singletons';
import { internStr, newStr } from './objects/str';
import type * as A from './syntax/ast';
import { tokenize, type Token } from './syntax/tokenizer';
import { R } from './state';

/**
 * 3.9-3.11's PEG parser keeps each token's text as a bytes object in the arena
 * (Parser/pegen.c initialize_token, PyBytes_FromStringAndSize): NEWLINE (tokenizer.c leaves
 * the '\n' out), INDENT, DEDENT and ENDMARKER hold the empty bytes, a one-byte token the
 * shared one-byte object. Every token up to ENDMARKER is read once, whatever the parser's
 * backtracking. 3.8's parser keeps C strings; 3.12+ make these objects immortal.
 */
export function holdTokenBytes(tokens: readonly Token[]): void {
  if (R.minor < 9 || R.minor > 11) return;
  for (const t of tokens) {
    const text = t.type === 'NEWLINE' ? '' : t.text;
    if (text.length === 0) newBytes(new Uint8Array(0));
    else if (text.length === 1 && text.charCodeAt(0) < 0x80) newBytes(Uint8Array.of(text.charCodeAt(0)));
  }
}

/** The object CPython shares for a constant of this value (small int, bool, empty or one-character str and bytes), or null. */
function sharedConstant(v: A.ConstantValue): PyObject | null {
  if (typeof v === 'bigint') return v >= -5n && v <= 256n ? newIntBig(v) : null;
  if (typeof v === 'boolean') return abs.incref(v ? True : False);
  if (typeof v === 'string') return v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256) ? newStr(v) : null;
  if (v !== null && typeof v === 'object' && v.type === 'bytes' && v.bytes.length <= 1) return newBytes(v.bytes.slice());
  return null;
}

/**
 * The arena's references on the shared objects the script's literals and folded constants
 * are. Each NUMBER the parser reads is a PyLong the arena keeps (3.8 Python/ast.c
 * parsenumber, once per literal; 3.9-3.11 Parser/pegen.c _PyPegen_number_token, once per
 * attempt: twice per literal, as the left-recursive `primary` reads its atom again when it
 * stops growing, and once more for the leftmost token of an expression statement or an
 * assignment's value, which `t_primary` tries as a target first: measured for floats,
 * parser-floats.ts leftmostLiteral); a string literal (adjacent ones joined) is one object
 * (the memoized `strings` rule; 3.8 parsestrplus); Python/ast_opt.c make_const adds each
 * constant it folds to. An f-string's are holdFstring's.
 */
export function holdParserConstants(m: A.Module, source: string): void {
  if (R.minor <= 11) holdConstants(m.body, source.split('\n'));
}

function holdConstants(node: unknown, lines: readonly string[]): void {
  const hold = (v: A.ConstantValue, times: number): void => {
    for (let i = 0; i < times; i++) if (sharedConstant(v) === null) return;
  };
  forEachNode(node, (e) => {
    if (e.kind === 'JoinedStr') {
      holdFstring(e, lines);
      return false;
    }
    // A True, False or None literal's Constant borrows the singleton (no arena reference).
    if (e.kind === 'Constant' && typeof e.value !== 'boolean') hold(e.value, typeof e.value === 'bigint' && R.minor >= 9 ? 2 : 1);
    if (e.kind === 'BinOp' || e.kind === 'UnaryOp') {
      const f = foldExpr(e);
      if (f.kind === 'Constant') hold(f.value, 1);
      if (f.kind === 'Tuple' && e.kind === 'BinOp') [e.left, e.right].forEach(holdTupleItems);
    }
    // fold_subscr on a tuple: the operand stays the arena's, and make_const adds the item again.
    if (e.kind === 'Subscript' && e.ctx === 'Load' && constTuple(foldExpr(e.value), foldExpr) !== null) {
      const f = foldExpr(e);
      if (f !== e && !(f.kind === 'Subscript' && f.value === e.value)) {
        holdTupleItems(e.value);
        if (f.kind === 'Constant') hold(f.value, 1);
      }
    }
    if (R.minor >= 9 && (e.kind === 'Expr' || e.kind === 'Assign')) {
      const c = leftmostLiteral(e.value);
      if (c !== null && typeof c.value === 'bigint') hold(c.value, 1);
    }
    return true;
  });
}

/**
 * A tuple operand fold_binop or fold_subscr folded (fold_tuple's constant, or an inner fold's
 * result) is an object of the arena's, not the code's: its references on the shared items.
 */
function holdTupleItems(x: A.Expr): void {
  const t = constTuple(x.kind === 'BinOp' || x.kind === 'Subscript' ? foldExpr(x) : x, foldExpr);
  if (t === null) return;
  for (const item of t.elts) if (item.kind === 'Constant') sharedConstant(item.value);
}

/**
 * An f-string's literal parts are the arena's (make_str_node_and_del), and each expression is
 * parsed apart into the same arena
 * (fstring_compile_expr): its text in parentheses, its tokens' bytes (3.9-3.11) and the empty
 * token that ends it. An expression over several lines or on a non-ASCII line is left out.
 */
function holdFstring(j: A.JoinedStr, lines: readonly string[]): void {
  for (const part of j.values) {
    if (part.kind === 'Constant') {
      sharedConstant(part.value);
      continue;
    }
    holdConstants(part.value, lines);
    if (part.formatSpec !== null) holdFstring(part.formatSpec as A.JoinedStr, lines);
    if (R.minor >= 9) holdExpressionTokens(part.value, lines);
  }
}

function holdExpressionTokens(e: A.Expr, lines: readonly string[]): void {
  const text = lines[e.line - 1];
  if (e.line !== e.endLine || text === undefined || /[^\x00-\x7f]/.test(text)) return;
  // The parentheses around it in the braces are tokens too.
  let open = 1;
  for (let i = e.col - 1; text[i] !== '{'; i--) {
    if (text[i] === '(') open++;
    else if (text[i] !== ' ' && text[i] !== '\t') return;
  }
  let close = 1;
  for (let i = e.endCol; i < text.length && !'!:=}'.includes(text[i]); i++) {
    if (text[i] === ')') close++;
    else if (text[i] !== ' ' && text[i] !== '\t') return;
  }
  const inner = tokenize(text.slice(e.col, e.endCol), R.minor);
  if (inner.error !== null) return;
  const paren = (c: string): Token => ({ type: 'OP', text: c, from: 0, to: 1 });
  const body = inner.tokens.filter((t) => t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'STRING' || t.type === 'OP');
  // As the script's own one-character tokens, made before it runs (interpreter.ts startupCharacters).
  if (R.minor <= 10) cacheCharacters(body.filter((t) => t.text.length === 1 && t.text.charCodeAt(0) < 0x80).map((t) => t.text.charCodeAt(0)));
  holdTokenBytes([...new Array<Token>(open).fill(paren('(')), ...body, ...new Array<Token>(close).fill(paren(')')), { type: 'ENDMARKER', text: '', from: 0, to: 0 }]);
}

/**
 * compiler_set_qualname (Python/compile.c, 3.8-3.10) joins a nested code's qualified name
 * with _Py_IDENTIFIER(dot): the first such name makes that identifier, the one-character
 * str '.', and the identifier keeps a reference. 3.11's _Py_STR(dot) is an object of its own.
 */
export function holdQualnameDot(unit: CodeUnit): void {
  if (R.minor >= 11) return;
  const dotted = (u: CodeUnit): boolean => u.qualname.includes('.') || u.consts.some((k) => k.t === 'code' && dotted(k.unit));
  if (dotted(unit)) internStr('.');
}
