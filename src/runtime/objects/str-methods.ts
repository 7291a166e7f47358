// str's text methods (Objects/unicodeobject.c, Objects/stringlib/): searching, splitting,
// stripping and padding, indexed by code point and with CPython's whitespace, line-boundary
// and error rules; case mapping, predicates and translation are str-chars.ts's.
import { markVarargs, minors, parserInit } from './builtin-call';
import { R } from '../state';
import { checkArgs, clinicInt, clinicSsize, clinicKeywords, keependsArg, sliceIndex } from '../builtin-conventions';
import * as abs from './abstract';
import { typeError, valueError } from './exceptions';
import { inVersions } from './typeobject';
import { defMethod, NativeMethod } from './function';
import { newInt, newIntSsize } from './int';
import { listAppend, newList } from './list';
import { PyObject } from './object';
import { None, pyBool } from './singletons';
import { newStr, newStrObject, PyStr, strType } from './str';
import { newTuple, PyTuple, tupleNew } from './tuple';
import { sequenceFast } from './containers';
import { argTypeName, between, exactly, noKw, params, tupleArgs } from './args';

/** Py_UNICODE_ISSPACE: Unicode White_Space plus the ASCII separators \x1c-\x1f (not U+FEFF). */
export const SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Line boundaries of str.splitlines. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

export const cps = (s: string): string[] => Array.from(s);
export const text = (o: PyObject): string => (o as PyStr).value;

/** do_argstrip: the characters to strip must be a str (its message names no type). */
function stripChars(o: PyObject, name: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${name} arg must be None or str`);
  return o.value;
}

/** The substring of find and its kin: 3.13's clinic names the method and the argument. */
function subStr(o: PyObject | undefined, name: string): string {
  // _PyArg_BadArgument says None as 'None'.
  if (R.minor >= 13 && !(o instanceof PyStr)) throw typeError(`${name}() argument 1 must be str, not ${argTypeName(o!)}`);
  return argStr(o, 'must be str');
}

export function argStr(o: PyObject | undefined, what = 'must be str', badArgument = false): string {
  // _PyArg_BadArgument (an Argument Clinic parameter) says None as 'None'.
  if (!(o instanceof PyStr)) throw typeError(`${what}, not ${o === undefined ? 'NoneType' : badArgument ? argTypeName(o) : o.ob_type.tp_name}`);
  return o.value;
}

/**
 * find, rfind, index, rindex, count, startswith, endswith: METH_VARARGS with PyArg_ParseTuple
 * up to 3.12 (named without the type up to 3.10), Argument Clinic's positional check in 3.13.
 */
function searchArgs(name: string, a: PyObject[], kw: PyStr[] | null): void {
  noKw(R.minor <= 10 ? name : `str.${name}`, kw);
  if (R.minor >= 13) between(name, a, 1, 3);
  else tupleArgs(name, a, 1, 3);
}

/** replace's arguments as positions: 3.13's clinic takes count by keyword too (replace(old, new, /, count=-1)). */
function replaceArgs(a: PyObject[], kw: PyStr[] | null): PyObject[] {
  if (R.minor < 13) {
    noKw('str.replace', kw);
    between('replace', a, 2, 3);
    return a;
  }
  // _PyArg_UnpackKeywords: the total, then the positional minimum, then the keywords.
  const nkw = kw?.length ?? 0;
  const npos = a.length - nkw;
  if (a.length > 3) throw typeError(`replace() takes at most 3 arguments (${a.length} given)`);
  if (npos < 2) throw typeError(`replace() takes at least 2 positional arguments (${npos} given)`);
  if (nkw === 0) return a;
  const k = kw![0].value;
  if (k !== 'count') throw typeError(`replace() got an unexpected keyword argument '${k}'`);
  return a;
}

function intArg(o: PyObject | undefined, dflt: number): number {
  return o === undefined ? dflt : clinicSsize(o);
}

/** ADJUST_INDICES: start/end over n code points (None means the default); end is cut to n, start is not. */
function bounds(start: PyObject | undefined, end: PyObject | undefined, n: number): [number, number] {
  const idx = (o: PyObject | undefined, d: number): number => {
    if (o === undefined || o === None) return d;
    const v = sliceIndex(o);
    return v < 0 ? Math.max(0, v + n) : v;
  };
  return [idx(start, 0), Math.min(idx(end, n), n)];
}

/** Code-point search of sub in s[start:end]; the index in code points or -1. */
function search(s: string, sub: string, start: PyObject | undefined, end: PyObject | undefined, last: boolean): number {
  const c = cps(s);
  const [a, b] = bounds(start, end, c.length);
  const subLen = cps(sub).length;
  if (b - a < subLen) return -1;
  const hay = c.slice(a, b).join('');
  const j = last ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return j < 0 ? -1 : a + cps(hay.slice(0, j)).length;
}

export function method(name: string, fn: NativeMethod): void {
  defMethod(strType, name, fn);
}

for (const [name, last, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
  method(name, (o, a, kw) => {
    searchArgs(name, a, kw);
    const i = search(text(o), subStr(a[0], name), a[1], a[2], last);
    if (i < 0 && raise) throw valueError('substring not found');
    return newIntSsize(i);
  });
}

method('count', (o, a, kw) => {
  searchArgs('count', a, kw);
  const sub = subStr(a[0], 'count');
  const c = cps(text(o));
  const [s, e] = bounds(a[1], a[2], c.length);
  if (e < s) return newInt(0);
  if (sub === '') return newIntSsize(e - s + 1);
  const hay = c.slice(s, e).join('');
  let n = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++;
  return newIntSsize(n);
});

for (const [name, atStart] of [['startswith', true], ['endswith', false]] as const) {
  method(name, (o, a, kw) => {
    searchArgs(name, a, kw);
    const c = cps(text(o));
    const [s, e] = bounds(a[1], a[2], c.length);
    const part = c.slice(s, e).join('');
    const test = (p: PyObject): boolean => {
      if (!(p instanceof PyStr)) throw typeError(`tuple for ${name} must only contain str, not ${p.ob_type.tp_name}`);
      // tailmatch: an affix longer than the range (an empty one past its end) never matches.
      if (e - s < cps(p.value).length) return false;
      return atStart ? part.startsWith(p.value) : part.endsWith(p.value);
    };
    if (a[0] instanceof PyTuple) return pyBool(a[0].items.some(test));
    if (!(a[0] instanceof PyStr)) throw typeError(`${name} first arg must be str or a tuple of str, not ${a[0].ob_type.tp_name}`);
    return pyBool(test(a[0]));
  });
}
// unicode_find and the others (Objects/unicodeobject.c) are METH_VARARGS up to 3.12.
markVarargs(strType, ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'], minors(8, 12));

// ---- splitting and joining ----

/** Py_UNICODE_ISSPACE of one UTF-16 code unit: every whitespace character is in the BMP. */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return SPACE.test(String.fromCharCode(c));
}

// Objects/stringlib/split.h split_whitespace / rsplit_whitespace. Scans UTF-16 units: no
// whitespace character is a surrogate, so a cut never falls inside a pair.
function whitespaceSplit(s: string, maxsplit: number, fromRight: boolean): string[] {
  const out: string[] = [];
  if (!fromRight) {
    let i = 0;
    while (i < s.length) {
      while (i < s.length && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i >= s.length) break;
      // Once maxcount is reached the rest, trailing whitespace included, is the last item.
      if (maxsplit >= 0 && out.length === maxsplit) {
        out.push(s.slice(i));
        break;
      }
      const j = i;
      while (i < s.length && !isSpaceUnit(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    return out;
  }
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceUnit(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    // rsplit_whitespace: the leading whitespace stays in the first item.
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    const j = i;
    while (i > 0 && !isSpaceUnit(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
  }
  return out.reverse();
}

function sepSplit(s: string, sep: string, maxsplit: number, fromRight: boolean): string[] {
  if (!fromRight) {
    const out: string[] = [];
    let rest = s;
    while (maxsplit < 0 || out.length < maxsplit) {
      const j = rest.indexOf(sep);
      if (j < 0) break;
      out.push(rest.slice(0, j));
      rest = rest.slice(j + sep.length);
    }
    out.push(rest);
    return out;
  }
  const out: string[] = [];
  let rest = s;
  while (maxsplit < 0 || out.length < maxsplit) {
    const j = rest.lastIndexOf(sep);
    if (j < 0) break;
    out.push(rest.slice(j + sep.length));
    rest = rest.slice(0, j);
  }
  out.push(rest);
  return out.reverse();
}

/** PyUnicode_KIND: bytes per character of a str whose largest code point is maxchar. */
function strKind(maxchar: number): number {
  return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

/** Objects/stringlib/split.h MAX_PREALLOC: the list split makes first has room for this many. */
const MAX_PREALLOC = 12;

/** The piece as a str: the receiver itself when it was not cut (a str, not a subclass). */
function piece(o: PyObject, part: string, whole: boolean): PyStr {
  return whole && o.ob_type === strType && part === (o as PyStr).value ? (abs.incref(o) as PyStr) : newStr(part);
}

/**
 * split/rsplit's list (stringlib split.h): made first with PREALLOC_SIZE(maxsplit) slots, the
 * first MAX_PREALLOC pieces set in place and the rest appended; rsplit makes them right to
 * left and reverses the list. `whole`: an uncut receiver may be its own piece.
 */
function splitList(o: PyObject, parts: string[], maxsplit: number, fromRight: boolean, whole: boolean): PyObject {
  // PREALLOC_SIZE(maxsplit): a negative one is PY_SSIZE_T_MAX.
  const l = newList(maxsplit < 0 || maxsplit >= MAX_PREALLOC ? MAX_PREALLOC : maxsplit + 1);
  const n = parts.length;
  for (let k = 0; k < n; k++) {
    const sub = piece(o, parts[fromRight ? n - 1 - k : k], whole && n === 1);
    if (k < MAX_PREALLOC) l.items.push(sub);
    else {
      listAppend(l, sub);
      R.heap.decref(sub);
    }
  }
  if (fromRight) l.items.reverse();
  return l;
}

for (const [name, fromRight] of [['split', false], ['rsplit', true]] as const) {
  method(name, (o, a, kw) => {
    if (kw !== null || a.length > 2) parserInit(`str.${name}`, ['sep', 'maxsplit']);
    const [sep, max] = params(name, a, kw, ['sep', 'maxsplit']);
    const maxsplit = intArg(max, -1);
    const s = text(o);
    if (sep === undefined || sep === None) {
      // From 3.12 split and rsplit bound an unlimited count by the most pieces the text can
      // give (Objects/unicodeobject.c split), so the first list is made that much smaller.
      const count = maxsplit < 0 && R.minor >= 12 ? Math.trunc((s.length - 1) / 2) + 1 : maxsplit;
      // split_whitespace reuses the receiver only from inside its loop (never with maxsplit 0).
      return splitList(o, whitespaceSplit(s, maxsplit, fromRight), count, fromRight, count !== 0);
    }
    // PyUnicode_Split's check.
    const sp = argStr(sep, 'must be str or None');
    if (sp === '') throw valueError('empty separator');
    // A separator longer than the text, or of a wider kind: a list of the receiver itself.
    if (sp.length > s.length || strKind((sep as PyStr).maxchar) > strKind((o as PyStr).maxchar)) {
      const l = newList(1);
      l.items.push(abs.incref(o));
      return l;
    }
    const count = maxsplit < 0 && R.minor >= 12 ? Math.trunc(s.length / sp.length) + 1 : maxsplit;
    return splitList(o, sepSplit(s, sp, maxsplit, fromRight), count, fromRight, true);
  });
}

const SPLITLINES = clinicKeywords(['keepends'], 0, 0);
method('splitlines', (o, a, kw) => {
  const [keep] = checkArgs('splitlines', SPLITLINES, a, kw);
  const keepends = keependsArg(keep);
  const out: string[] = [];
  let rest = text(o);
  while (rest !== '') {
    const m = LINE_BREAK.exec(rest);
    if (m === null) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, keepends ? m.index + m[0].length : m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  // stringlib splitlines: an empty list first, each line appended.
  const l = newList(0);
  for (const line of out) {
    const sub = piece(o, line, out.length === 1);
    listAppend(l, sub);
    R.heap.decref(sub);
  }
  return l;
});

method('join', (o, a, kw) => {
  noKw('str.join', kw);
  exactly('str.join', a, 1);
  // PyUnicode_Join: PySequence_Fast makes anything but a list or tuple a list first.
  const seq = sequenceFast(a[0], 'can only join an iterable');
  try {
    const items = seq.items;
    const parts = items.map((x, i) => {
      if (!(x instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${x.ob_type.tp_name} found`);
      return x.value;
    });
    if (parts.length === 1 && items[0].ob_type === strType) return abs.incref(items[0]);
    // _PyUnicode_JoinArray: PyUnicode_New, so a one-character result is a str of its own.
    return newStrObject(parts.join(text(o)));
  } finally {
    abs.decref(seq);
  }
});

for (const [name, fromRight] of [['partition', false], ['rpartition', true]] as const) {
  method(name, (o, a, kw) => {
    noKw(`str.${name}`, kw);
    exactly(`str.${name}`, a, 1);
    const sep = argStr(a[0]);
    if (sep === '') throw valueError('empty separator');
    const s = text(o);
    const j = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
    // Objects/stringlib/partition.h: not found, the tuple holds the string itself (a subclass too);
    // found, the tuple is made first and holds the separator object itself between the new parts.
    if (j < 0) return newTuple(fromRight ? [newStr(''), newStr(''), abs.incref(o)] : [abs.incref(o), newStr(''), newStr('')]);
    const t = tupleNew(3);
    t.items[0] = newStr(s.slice(0, j));
    t.items[1] = abs.incref(a[0]);
    t.items[2] = newStr(s.slice(j + sep.length));
    return t;
  });
}

method('replace', (o, a, kw) => {
  a = replaceArgs(a, kw);
  const old = argStr(a[0], 'replace() argument 1 must be str', true);
  const rep = argStr(a[1], 'replace() argument 2 must be str', true);
  let count = intArg(a[2], -1);
  const s = text(o);
  // replace() in unicodeobject.c: with nothing to replace ("goto nothing") the result is
  // unicode_result_unchanged, the string itself when exact.
  if (count === 0 || a[0] === a[1] || (old === '' && rep === '') || (old !== '' && !s.includes(old))) {
    return o.ob_type === strType ? abs.incref(o) : newStr(s);
  }
  if (old === '') {
    const c = cps(s);
    let out = '';
    for (let i = 0; i <= c.length; i++) {
      if (count !== 0) {
        out += rep;
        count--;
      }
      if (i < c.length) out += c[i];
    }
    return newStr(out);
  }
  if (count < 0) return newStr(s.split(old).join(rep));
  let out = '';
  let rest = s;
  while (count-- > 0) {
    const j = rest.indexOf(old);
    if (j < 0) break;
    out += rest.slice(0, j) + rep;
    rest = rest.slice(j + old.length);
  }
  return newStr(out + rest);
});

// ---- stripping and padding ----

for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
  method(name, (o, a, kw) => {
    noKw(`str.${name}`, kw);
    between(name, a, 0, 1);
    const c = cps(text(o));
    const chars = a[0] === undefined || a[0] === None ? null : new Set(cps(stripChars(a[0], name)));
    const strip = (ch: string): boolean => (chars === null ? SPACE.test(ch) : chars.has(ch));
    let i = 0;
    let j = c.length;
    if (left) while (i < j && strip(c[i])) i++;
    if (right) while (j > i && strip(c[j - 1])) j--;
    if (i === 0 && j === c.length && o.ob_type === strType) return abs.incref(o);
    return newStr(c.slice(i, j).join(''));
  });
}

function fillChar(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyStr)) throw typeError(`The fill character must be a unicode character, not ${o.ob_type.tp_name}`);
  if (o.length !== 1) throw typeError('The fill character must be exactly one character long');
  return o.value;
}

for (const name of ['center', 'ljust', 'rjust'] as const) {
  method(name, (o, a, kw) => {
    noKw(`str.${name}`, kw);
    between(name, a, 1, 2);
    const width = clinicSsize(a[0]);
    const fill = fillChar(a[1]);
    const s = text(o);
    const n = (o as PyStr).length;
    if (width <= n) return o.ob_type === strType ? abs.incref(o) : newStr(s);
    const marg = width - n;
    // pad() in unicodeobject.c: center puts the odd character left when width is odd.
    const left = name === 'ljust' ? 0 : name === 'rjust' ? marg : Math.floor(marg / 2) + (marg & width & 1);
    return newStr(fill.repeat(left) + s + fill.repeat(marg - left));
  });
}

method('zfill', (o, a, kw) => {
  noKw('str.zfill', kw);
  exactly('str.zfill', a, 1);
  const width = clinicSsize(a[0]);
  const s = text(o);
  const n = (o as PyStr).length;
  if (width <= n) return o.ob_type === strType ? abs.incref(o) : newStr(s);
  const pad = '0'.repeat(width - n);
  return newStr(s[0] === '+' || s[0] === '-' ? s[0] + pad + s.slice(1) : pad + s);
});

method('expandtabs', (o, a, kw) => {
  if (kw !== null || a.length > 1) parserInit('str.expandtabs', ['tabsize']);
  const [size] = params('expandtabs', a, kw, ['tabsize']);
  const tab = size === undefined ? 8 : clinicInt(size);
  // unicode_expandtabs_impl: no tab found, unicode_result_unchanged.
  if (!text(o).includes('\t')) return o.ob_type === strType ? abs.incref(o) : newStr(text(o));
  let out = '';
  let col = 0;
  for (const ch of text(o)) {
    if (ch === '\t') {
      if (tab > 0) {
        const n = tab - (col % tab);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return newStr(out);
});

for (const [name, atStart] of [['removeprefix', true], ['removesuffix', false]] as const) {
  method(name, (o, a, kw) => {
    noKw(`str.${name}`, kw);
    exactly(`str.${name}`, a, 1);
    if (!(a[0] instanceof PyStr)) throw typeError(`${name}() argument must be str, not ${argTypeName(a[0])}`);
    const affix = a[0].value;
    const s = text(o);
    if (affix !== '' && (atStart ? s.startsWith(affix) : s.endsWith(affix))) return newStr(atStart ? s.slice(affix.length) : s.slice(0, s.length - affix.length));
    return o.ob_type === strType ? abs.incref(o) : newStr(s);
  });
  // PEP 616: only from 3.9 (not in str's dict before, so not in dir()).
  inVersions(strType, name, (m) => m >= 9);
}
