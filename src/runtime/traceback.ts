// The text CPython prints for an uncaught exception (Python/pythonrun.c
// print_exception_recursive, Lib/traceback.py): chained exceptions first, the frames,
// the last line with the "Did you mean" hint of Python/suggestions.c, then the notes.
import * as abs from './objects/abstract';
import type { PyDict } from './objects/dict';
import { NameError, PyBaseException } from './objects/exceptions';
import { isSubtype } from './objects/object';
import { PyList } from './objects/list';
import { PyStr } from './objects/str';
import { R } from './state';
import type { PyTraceback } from './objects/traceback';
import { entrySource, Position } from './carets';

const RECURSIVE_CUTOFF = 3;

/** The whole report for exc, as CPython writes it to stderr. */
export function exceptionText(exc: PyBaseException, filename: string, lines: string[], seen = new Set<PyBaseException>()): string {
  seen.add(exc);
  let out = '';
  const cause = exc.cause as PyBaseException | null;
  const context = exc.context as PyBaseException | null;
  if (cause && !seen.has(cause)) {
    out += exceptionText(cause, filename, lines, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (context && !exc.suppressContext && !seen.has(context)) {
    out += exceptionText(context, filename, lines, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (exc.traceback.length > 0) {
    out += 'Traceback (most recent call last):\n';
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
      out += entrySource(lines, tb.tb_lineno, entryPosition(tb), R.minor);
    }
    flush();
  }
  out += exceptionLine(exc) + '\n';
  const notes = exc.dict?.get('__notes__');
  if (notes instanceof PyList) for (const n of notes.items) out += (n instanceof PyStr ? n.value : abs.str(n)) + '\n';
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

/** "module.Name: message", the module left out for builtins and __main__. */
export function exceptionLine(exc: PyBaseException): string {
  let msg: string;
  try {
    msg = abs.str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  const mod = exc.ob_type.isHeapType ? exc.ob_type.tp_dict.get('__module__') : undefined;
  const modName = mod instanceof PyStr ? mod.value : '';
  // 3.8-3.10 (print_exception) name the module of every non-builtin class, __main__ too.
  const prefix = modName !== '' && modName !== 'builtins' && (modName !== '__main__' || R.minor <= 10) ? `${modName}.` : '';
  const name = prefix + exc.ob_type.tp_name;
  const line = msg === '' ? name : `${name}: ${msg}`;
  return line + suggestion(exc);
}

/** ". Did you mean: 'x'?" for a NameError (offer_suggestions_for_name_error), from 3.10. */
function suggestion(exc: PyBaseException): string {
  if (R.minor < 10 || exc.name === null || !isSubtype(exc.ob_type, NameError)) return '';
  const tb = exc.traceback;
  const frame = tb[tb.length - 1]?.frame;
  if (frame === undefined) return '';
  const candidates: string[][] = [frame.code.varnames.slice(), dictNames(frame.globals), dictNames(frame.builtins)];
  for (const dir of candidates) {
    const s = calculateSuggestions(dir, exc.name);
    if (s !== null) return `. Did you mean: '${s}'?`;
  }
  return '';
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
