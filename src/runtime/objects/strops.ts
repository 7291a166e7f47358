// str's protocol and its most used methods (Objects/unicodeobject.c): repr, items
// and slices, comparison, concatenation, repetition, iteration, and the text methods.
import { R } from '../state';
import { RunStop } from '../errors';
import * as abs from './abstract';
import { typeError, valueError, pyError, ValueError } from './exceptions';
import { defMethod } from './function';
import { newInt, PyInt } from './int';
import { newSeqIter, strIterType } from './iterators';
import { newListFrom } from './list';
import { CmpOp, PyObject } from './object';
import { None, NotImplemented, pyBool } from './singletons';
import { PySlice, sliceIndices, sliceType } from './slice';
import { newStr, PyStr, strType } from './str';
import { newTuple, PyTuple } from './tuple';
import { cmpResult } from './int';

/** repr(str): single quotes unless the text has ' and no ", with CPython's escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && !isPrintable(ch)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function isPrintable(ch: string): boolean {
  return ch === ' ' || !NONPRINTABLE.test(ch);
}

strType.tp_repr = (o) => newStr(strRepr((o as PyStr).value));
strType.tp_str = (o) => {
  R.heap.incref(o);
  return o as PyStr;
};
strType.mp_length = (o) => (o as PyStr).length;
strType.sq_contains = (o, v) => {
  if (!(v instanceof PyStr)) throw typeError(`'in <string>' requires string as left operand, not ${v.ob_type.tp_name}`);
  return (o as PyStr).value.includes(v.value);
};
strType.mp_subscript = (o, key) => {
  const s = o as PyStr;
  if (key.ob_type === sliceType) {
    const [start, , step, n] = sliceIndices(key as PySlice, s.length);
    if (step === 1) return newStr(s.slice(start, start + n));
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += s.charAt(j);
    return newStr(out);
  }
  return newStr(s.charAt(abs.seqIndex(key, s.length, 'string')));
};
strType.tp_iter = (o) =>
  newSeqIter(strIterType, o, (it) => {
    const s = it.seq as PyStr;
    if (it.index >= s.length) return null;
    return newStr(s.charAt(it.index++));
  });
strType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyStr)) {
    R.heap.incref(NotImplemented);
    return NotImplemented;
  }
  const x = (a as PyStr).value;
  const y = b.value;
  if (op === CmpOp.EQ || op === CmpOp.NE) return pyBool((x === y) === (op === CmpOp.EQ));
  return pyBool(cmpResult(compareCodePoints(x, y), op));
};

/** Compare by code point (JS compares UTF-16 units, which differs above the BMP). */
function compareCodePoints(x: string, y: string): number {
  if (x === y) return 0;
  const a = Array.from(x);
  const b = Array.from(y);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i].codePointAt(0)! - b[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

abs.sequenceHooks.push((a, b, slot) => {
  if (slot === 'nb_add') {
    if (a instanceof PyStr) {
      if (!(b instanceof PyStr)) throw typeError(`can only concatenate str (not "${b.ob_type.tp_name}") to str`);
      if (b.value === '') return abs.incref(a);
      if (a.value === '') return abs.incref(b);
      return newStr(a.value + b.value);
    }
    return null;
  }
  const s = a instanceof PyStr ? a : b instanceof PyStr ? b : null;
  if (s === null) return null;
  const n = s === a ? b : a;
  if (!(n instanceof PyInt)) throw typeError(`can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  const k = n.toNumber();
  if (k === 1) return abs.incref(s);
  return newStr(k <= 0 ? '' : s.value.repeat(k));
});

// ---- methods ----

function self(o: PyObject): string {
  return (o as PyStr).value;
}
function argStr(o: PyObject | undefined, what: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${o === undefined ? 'NoneType' : o.ob_type.tp_name}`);
  return o.value;
}
function noKw(name: string, kw: PyStr[] | null): void {
  if (kw !== null && kw.length > 0) throw typeError(`str.${name}() takes no keyword arguments`);
}

defMethod(strType, 'upper', (o) => newStr(self(o).toUpperCase()));
defMethod(strType, 'lower', (o) => newStr(self(o).toLowerCase()));
defMethod(strType, 'strip', (o, a) => newStr(stripChars(self(o), a[0], true, true)));
defMethod(strType, 'lstrip', (o, a) => newStr(stripChars(self(o), a[0], true, false)));
defMethod(strType, 'rstrip', (o, a) => newStr(stripChars(self(o), a[0], false, true)));
defMethod(strType, 'startswith', (o, a) => pyBool(affix(self(o), a[0], (s, p) => s.startsWith(p))));
defMethod(strType, 'endswith', (o, a) => pyBool(affix(self(o), a[0], (s, p) => s.endsWith(p))));
defMethod(strType, 'join', (o, a) => {
  const parts = abs.toArray(a[0]);
  try {
    const strs = parts.map((p, i) => {
      if (!(p instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${p.ob_type.tp_name} found`);
      return p.value;
    });
    if (strs.length === 1 && parts[0].ob_type === strType) return abs.incref(parts[0]);
    return newStr(strs.join(self(o)));
  } finally {
    for (const p of parts) abs.decref(p);
  }
});
defMethod(strType, 'split', (o, a, kw) => {
  noKw('split', kw);
  const s = self(o);
  const sep = a[0] === undefined || a[0] === None ? null : argStr(a[0], 'separator');
  const max = a[1] === undefined ? -1 : (a[1] as PyInt).toNumber();
  let parts: string[];
  if (sep === null) {
    parts = [];
    let rest = s.replace(/^\s+/, '');
    while (rest.length > 0) {
      if (max >= 0 && parts.length === max) {
        parts.push(rest);
        break;
      }
      const m = /\s+/.exec(rest);
      if (m === null) {
        parts.push(rest);
        break;
      }
      parts.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
  } else {
    if (sep === '') throw valueError('empty separator');
    parts = s.split(sep);
    if (max >= 0 && parts.length > max + 1) parts = [...parts.slice(0, max), parts.slice(max).join(sep)];
  }
  return newListFrom(parts.map((p) => newStr(p)));
});
defMethod(strType, 'splitlines', (o) => {
  const s = self(o);
  const parts = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return newListFrom(parts.map((p) => newStr(p)));
});
defMethod(strType, 'replace', (o, a) => {
  const old = argStr(a[0], 'replace() argument 1');
  const nw = argStr(a[1], 'replace() argument 2');
  const count = a[2] === undefined ? -1 : (a[2] as PyInt).toNumber();
  const s = self(o);
  if (count < 0) return newStr(old === '' ? Array.from(s).map((c) => nw + c).join('') + nw : s.split(old).join(nw));
  let out = s;
  let n = 0;
  let from = 0;
  while (n < count) {
    const i = out.indexOf(old, from);
    if (i < 0) break;
    out = out.slice(0, i) + nw + out.slice(i + old.length);
    from = i + nw.length + (old === '' ? 1 : 0);
    n++;
  }
  return newStr(out);
});
defMethod(strType, 'find', (o, a) => newInt(cpIndex(self(o), self(o).indexOf(argStr(a[0], 'must be str')))));
defMethod(strType, 'rfind', (o, a) => newInt(cpIndex(self(o), self(o).lastIndexOf(argStr(a[0], 'must be str')))));
defMethod(strType, 'index', (o, a) => {
  const i = self(o).indexOf(argStr(a[0], 'must be str'));
  if (i < 0) throw pyError(ValueError, 'substring not found');
  return newInt(cpIndex(self(o), i));
});
defMethod(strType, 'count', (o, a) => {
  const sub = argStr(a[0], 'must be str');
  const s = self(o);
  if (sub === '') return newInt(Array.from(s).length + 1);
  return newInt(s.split(sub).length - 1);
});
defMethod(strType, 'isdigit', (o) => pyBool(/^\p{Nd}+$/u.test(self(o))));
defMethod(strType, 'isalpha', (o) => pyBool(/^\p{L}+$/u.test(self(o))));
defMethod(strType, 'isalnum', (o) => pyBool(/^[\p{L}\p{N}]+$/u.test(self(o))));
defMethod(strType, 'isspace', (o) => pyBool(/^\s+$/.test(self(o))));
defMethod(strType, 'isupper', (o) => pyBool(/\p{Lu}/u.test(self(o)) && self(o) === self(o).toUpperCase()));
defMethod(strType, 'islower', (o) => pyBool(/\p{Ll}/u.test(self(o)) && self(o) === self(o).toLowerCase()));
defMethod(strType, 'capitalize', (o) => {
  const s = self(o);
  return newStr(s.length === 0 ? s : s[0].toUpperCase() + s.slice(1).toLowerCase());
});
defMethod(strType, 'title', (o) => newStr(self(o).toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_, p, c) => p + c.toUpperCase())));
defMethod(strType, 'zfill', (o, a) => {
  const s = self(o);
  const w = (a[0] as PyInt).toNumber();
  if (s.length >= w) return newStr(s);
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
  return newStr(sign + '0'.repeat(w - s.length) + s.slice(sign.length));
});
for (const [name, pad] of [
  ['ljust', (s: string, w: number, f: string) => s + f.repeat(Math.max(0, w - s.length))],
  ['rjust', (s: string, w: number, f: string) => f.repeat(Math.max(0, w - s.length)) + s],
  [
    'center',
    (s: string, w: number, f: string) => {
      const total = Math.max(0, w - s.length);
      const left = Math.floor(total / 2) + (total & w & 1);
      return f.repeat(left) + s + f.repeat(total - left);
    },
  ],
] as const) {
  defMethod(strType, name, (o, a) => newStr(pad(self(o), (a[0] as PyInt).toNumber(), a[1] ? argStr(a[1], 'fill') : ' ')));
}
defMethod(strType, 'partition', (o, a) => {
  const s = self(o);
  const sep = argStr(a[0], 'sep');
  const i = s.indexOf(sep);
  const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
  return newTuple(parts.map((p) => newStr(p)));
});
defMethod(strType, 'encode', () => {
  throw new RunStop('unsupported', 'str.encode (bytes)');
});

function cpIndex(s: string, i: number): number {
  if (i < 0) return -1;
  return Array.from(s.slice(0, i)).length;
}

function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === None) {
    let a = 0;
    let b = s.length;
    if (left) while (a < b && /\s/.test(s[a])) a++;
    if (right) while (b > a && /\s/.test(s[b - 1])) b--;
    return s.slice(a, b);
  }
  const set = argStr(chars, 'strip arg');
  let a = 0;
  let b = s.length;
  if (left) while (a < b && set.includes(s[a])) a++;
  if (right) while (b > a && set.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function affix(s: string, p: PyObject | undefined, f: (s: string, p: string) => boolean): boolean {
  if (p instanceof PyTuple) return p.items.some((x) => f(s, argStr(x, 'tuple item')));
  return f(s, argStr(p, 'startswith first arg'));
}

export { R };
