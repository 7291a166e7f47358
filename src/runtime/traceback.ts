// The text CPython prints for an uncaught exception (Python/pythonrun.c
// print_exception_recursive, Lib/traceback.py): chained exceptions first, the frames,
// the last line with the "Did you mean" hint of Python/suggestions.c, then the notes;
// an exception group's sub-exceptions in box lines (print_exception_group).
import * as abs from './objects/abstract';
import type { PyDict } from './objects/dict';
import { AttributeError, NameError, PyBaseException } from './objects/exceptions';
import { clearError } from './objects/error-match';
import { PyErr } from './errors';
import { isGroup, PyExceptionGroup } from './objects/exception-group';
import { isSubtype, PyObject, PyType } from './objects/object';
import { PyCell } from './objects/function';
import { clearOrder } from './objects/code';
import { PyList } from './objects/list';
import { findInterned, PyStr, strType } from './objects/str';
import { R } from './state';
import type { PyTraceback } from './objects/traceback';
import { entrySource, Position } from './carets';
import { syntaxErrorShown } from './syntax-error-display';

const RECURSIVE_CUTOFF = 3;
// Python/pythonrun.c PyErr_MAX_GROUP_WIDTH and PyErr_MAX_GROUP_DEPTH.
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** exception_print_context: where in a tree of exception groups the printing is. */
interface PrintContext {
  readonly filename: string;
  readonly lines: string[];
  readonly seen: Set<PyBaseException>;
  depth: number;
  needClose: boolean;
  out: string;
}

/** The whole report for exc, as CPython writes it to stderr (_PyErr_Display). */
export function exceptionText(exc: PyBaseException, filename: string, lines: string[]): string {
  const ctx: PrintContext = { filename, lines, seen: new Set(), depth: 0, needClose: false, out: '' };
  printRecursive(ctx, exc);
  return ctx.out;
}

/**
 * What the default sys.unraisablehook writes after its "Exception ignored in" line
 * (Python/errors.c write_unraisable_exc_file): the traceback as PyTraceBack_Print shows it
 * (3.13's C printer marks no positions), then "Type: str(exc)" even when str is empty, and
 * nothing of chained exceptions, notes or suggestions.
 */
export function unraisableText(exc: PyBaseException, filename: string, lines: string[]): string {
  let out = '';
  if (exc.traceback.length > 0) out += 'Traceback (most recent call last):\n' + tracebackBody(exc, filename, lines, R.minor <= 12);
  let msg: string;
  try {
    msg = abs.str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  return `${out}${qualifiedTypeName(exc)}: ${msg}\n`;
}

const indentOf = (ctx: PrintContext): string => ' '.repeat(2 * ctx.depth);
/** EXC_INDENT and EXC_MARGIN: inside a group every line is indented and starts with "| ". */
const marginOf = (ctx: PrintContext): string => indentOf(ctx) + (ctx.depth > 0 ? '| ' : '');

function printRecursive(ctx: PrintContext, exc: PyBaseException): void {
  causeAndContext(ctx, exc);
  if (isGroup(exc)) printGroup(ctx, exc);
  else printException(ctx, exc);
}

/** print_exception_cause_and_context: the cause, else (unless suppressed) the context, first. */
function causeAndContext(ctx: PrintContext, exc: PyBaseException): void {
  ctx.seen.add(exc);
  const cause = exc.cause as PyBaseException | null;
  if (cause) {
    if (!ctx.seen.has(cause)) printChained(ctx, cause, 'The above exception was the direct cause of the following exception:\n');
    return;
  }
  if (exc.suppressContext) return;
  const context = exc.context as PyBaseException | null;
  if (context && !ctx.seen.has(context)) printChained(ctx, context, 'During handling of the above exception, another exception occurred:\n');
}

function printChained(ctx: PrintContext, exc: PyBaseException, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, exc);
  ctx.needClose = needClose;
  const m = marginOf(ctx);
  ctx.out += `${m}\n${m}${message}${m}\n`;
}

/** print_exception: the traceback, the "Type: message" line and the notes, each line in the margin. */
function printException(ctx: PrintContext, exc: PyBaseException): void {
  const m = marginOf(ctx);
  if (exc.traceback.length > 0) {
    const group = isGroup(exc);
    const headerMargin = group && ctx.depth === 1 ? indentOf(ctx) + '+ ' : m;
    ctx.out += headerMargin + (group ? 'Exception Group Traceback' : 'Traceback') + ' (most recent call last):\n';
    for (const line of tracebackBody(exc, ctx.filename, ctx.lines).split('\n').slice(0, -1)) ctx.out += m + line + '\n';
  }
  const se = syntaxErrorShown(exc);
  if (se !== null) for (const line of se.lines) ctx.out += m + line;
  ctx.out += m + exceptionLine(exc, se?.message) + '\n';
  const notes = exc.dict?.get('__notes__');
  if (notes instanceof PyList) {
    for (const n of notes.items) {
      const text = n instanceof PyStr ? n.value : abs.str(n);
      for (const line of text.split(/(?<=\n)/)) ctx.out += m + line;
      ctx.out += '\n';
    }
  }
}

/** print_exception_group: the group, then each sub-exception in a numbered frame of box lines. */
function printGroup(ctx: PrintContext, eg: PyExceptionGroup): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    ctx.out += `${marginOf(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
    return;
  }
  if (ctx.depth === 0) ctx.depth += 1;
  printException(ctx, eg);
  const excs = eg.excs!.items;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out += `${indentOf(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth += 1;
    if (!truncated) printRecursive(ctx, excs[i] as PyBaseException);
    else {
      const rest = excs.length - MAX_GROUP_WIDTH;
      ctx.out += `${marginOf(ctx)}and ${rest} more exception${rest > 1 ? 's' : ''}\n`;
    }
    if (last && ctx.needClose) {
      ctx.out += `${indentOf(ctx)}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1) ctx.depth -= 1;
}

/** The traceback's entries (without its header), as StackSummary.format writes them. */
function tracebackBody(exc: PyBaseException, filename: string, lines: string[], positions = true): string {
  let out = '';
  // StackSummary.format: after three identical entries, one "[Previous line repeated N more times]".
  let last = '';
  let count = 0;
  const flush = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  for (const tb of exc.traceback) {
    const name = tb.frame.code.name;
    const key = `${tb.tb_lineno}\0${name}`;
    if (key === last) count++;
    else {
      flush();
      last = key;
      count = 1;
    }
    if (count > RECURSIVE_CUTOFF) continue;
    out += `  File "${filename}", line ${tb.tb_lineno}, in ${name}\n`;
    out += entrySource(lines, tb.tb_lineno, positions ? entryPosition(tb) : null, R.minor);
  }
  flush();
  return out;
}

/** The position of an entry's instruction (3.11+ show it), or null. */
function entryPosition(tb: PyTraceback): Position | null {
  if (R.minor < 11) return null;
  const p = (tb.posCode ?? tb.frame.code).positions;
  const i = (tb.lasti >> 1) * 4;
  if (i < 0 || i + 3 >= p.length || p[i] !== tb.tb_lineno) return null;
  return { line: p[i], col: p[i + 1], endLine: p[i + 2], endCol: p[i + 3] };
}

/** "module.Name: message", the module left out for builtins and __main__ (shown: a SyntaxError's message instead). */
export function exceptionLine(exc: PyBaseException, shown?: string): string {
  let msg: string;
  try {
    msg = shown ?? abs.str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  const name = qualifiedTypeName(exc);
  const line = msg === '' ? name : `${name}: ${msg}`;
  return line + suggestion(exc);
}

/** The exception's type as the printers name it, the module left out for builtins and (from 3.11) __main__. */
function qualifiedTypeName(exc: PyBaseException): string {
  const mod = exc.ob_type.isHeapType ? exc.ob_type.tp_dict.get('__module__') : undefined;
  const modName = mod instanceof PyStr ? mod.value : '';
  // 3.8-3.10 (print_exception) name the module of every non-builtin class, __main__ too.
  const prefix = modName !== '' && modName !== 'builtins' && (modName !== '__main__' || R.minor <= 10) ? `${modName}.` : '';
  return prefix + exc.ob_type.tp_name;
}

/**
 * ". Did you mean: 'x'?" from 3.10 (Python/suggestions.c's distance, also behind 3.13's
 * traceback.py): for an AttributeError among dir() of its object
 * (offer_suggestions_for_attribute_error), for a NameError among the frame's names.
 */
function suggestion(exc: PyBaseException): string {
  // _Py_Offer_Suggestions (3.10-3.12) takes the exact types only; 3.13's traceback.py subclasses too.
  const is = (t: PyType): boolean => (R.minor >= 13 ? isSubtype(exc.ob_type, t) : exc.ob_type === t);
  if (R.minor >= 10 && is(AttributeError)) return attributeSuggestion(exc);
  const name = exc.members?.[0];
  if (R.minor < 10 || !(name instanceof PyStr) || !is(NameError)) return '';
  const tb = exc.traceback;
  const frame = tb[tb.length - 1]?.frame;
  if (frame === undefined) return '';
  const candidates: string[][] = [frame.code.varnames.slice(), dictNames(frame.globals), dictNames(frame.builtins)];
  for (const dir of candidates) {
    const s = calculateSuggestions(dir, name.value);
    if (s !== null) return `. Did you mean: '${s}'?`;
  }
  return '';
}

function attributeSuggestion(exc: PyBaseException): string {
  const [name, obj] = exc.members ?? [];
  if (!(name instanceof PyStr) || name.ob_type !== strType || obj === null || obj === undefined) return '';
  const tb = exc.traceback;
  const frame = tb[tb.length - 1]?.frame;
  // PyObject_Dir(obj), which builtins.dir is (objects/dir.ts; imported here it would be a cycle).
  const key = findInterned('dir');
  const dir = key === undefined ? undefined : frame?.builtins.getStr(key);
  if (frame === undefined || dir === null || dir === undefined) return '';
  let names: string[];
  try {
    const list = abs.call(dir, [obj]);
    names = list instanceof PyList ? list.items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value) : [];
    abs.decref(list);
  } catch (e) {
    // A failing dir() gives no suggestion (PyErr_Clear; traceback.py's except Exception).
    if (!(e instanceof PyErr)) throw e;
    clearError(e);
    return '';
  }
  // 3.13 displays it with traceback.py, which leaves out names with a leading underscore
  // unless the name has one or the object is the innermost frame's self.
  if (R.minor >= 13 && !name.value.startsWith('_') && tracebackLocal(tb[tb.length - 1], 'self') !== obj) {
    names = names.filter((n) => !n.startsWith('_'));
  }
  const s = calculateSuggestions(names, name.value);
  return s === null ? '' : `. Did you mean: '${s}'?`;
}

/** A local of a traceback entry's frame, which its frame object holds once the frame has finished (take_ownership). */
function tracebackLocal(entry: PyTraceback, name: string): PyObject | null {
  const f = entry.frame;
  // A captured variable lives in its cell's slot, after the plain locals.
  const c = f.code.cellvars.indexOf(name);
  const i = c >= 0 ? f.code.varnames.length + c : f.code.varnames.indexOf(name);
  if (i < 0) return null;
  const owned = entry.tb_frame?.owned ?? null;
  const order = clearOrder(f.code);
  const v = owned === null ? f.fast[i] : owned[order === null ? i : order.indexOf(i)];
  // f_locals reads a captured variable through its cell.
  return v instanceof PyCell ? v.ref : (v ?? null);
}

function dictNames(d: PyDict): string[] {
  const out: string[] = [];
  for (const [k] of d.entries()) if (k instanceof PyStr) out.push(k.value);
  return out;
}

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** calculate_suggestions: the closest candidate within a third of the characters, or null. */
export function calculateSuggestions(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of dir) {
    if (item === name) continue;
    const itemBytes = utf8(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function utf8(s: string): number[] {
  return Array.from(new TextEncoder().encode(s));
}

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance with CPython's costs, trimming common affixes and giving up past maxCost. */
export function levenshtein(a0: number[], b0: number[], maxCost: number): number {
  let a = a0;
  let b = b0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  a = a.slice(start, aEnd);
  b = b.slice(start, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}
