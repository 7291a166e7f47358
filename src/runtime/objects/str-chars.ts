// str's per-character methods (Objects/unicodeobject.c, Objects/unicodectype.c): case mapping,
// the is* predicates and translation (maketrans, translate), over str-methods.ts's helpers.
import * as abs from './abstract';
import { LookupError, typeError, valueError } from './exceptions';
import { cfunctionType, PyCFunction } from './function';
import { newInt, PyInt } from './int';
import { PyObject } from './object';
import { None, pyBool } from './singletons';
import { newStr, newStrObject, PyStr, strType } from './str';
import { newDict, PyDict } from './dict';
import { between, exactly, noKw } from './args';
import { argStr, cps, method, SPACE, text } from './str-methods';
import { clearError, errorMatches } from './error-match';

// ---- case ----

// The flags Tools/unicode/makeunicodedata.py derives: CASED_MASK, UPPER_MASK and LOWER_MASK from
// the Cased, Uppercase and Lowercase properties, TITLE_MASK from category Lt.
const CASED = /\p{Cased}/u;
const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const isCased = (ch: string): boolean => CASED.test(ch);
const isUpperCh = (ch: string): boolean => UPPER.test(ch);
const isLowerCh = (ch: string): boolean => LOWER.test(ch);
const isTitleCh = (ch: string): boolean => TITLE.test(ch);

/**
 * lower_ucs4: the full lower case of chars[i], where a capital sigma is final (ς) when a
 * cased character precedes it and none follows, case-ignorable ones skipped (handle_capital_sigma).
 */
function lowerAt(chars: string[], i: number): string {
  if (chars[i] !== '\u03a3') return chars[i].toLowerCase();
  const ignorable = (ch: string): boolean => CASE_IGNORABLE.test(ch);
  let j = i - 1;
  while (j >= 0 && ignorable(chars[j])) j--;
  let final = j >= 0 && isCased(chars[j]);
  if (final) {
    j = i + 1;
    while (j < chars.length && ignorable(chars[j])) j++;
    final = j === chars.length || !isCased(chars[j]);
  }
  return final ? '\u03c2' : '\u03c3';
}
/**
 * Title case of one character, _PyUnicode_ToTitleFull (Objects/unicodectype.c) over
 * Tools/unicode's tables: JS has no toTitleCase, so it is the upper case but for the digraphs,
 * Georgian Mkhedruli (its own title case), ŉ, the Greek letters with ypogegrammeni (title case
 * keeps the iota subscript) and SpecialCasing's other multi-character forms (ß -> Ss, ﬁ -> Fi:
 * upper first character, then lower case).
 */
function titleCh(ch: string): string {
  const t: Record<string, string> = { Ǆ: 'ǅ', ǅ: 'ǅ', ǆ: 'ǅ', Ǉ: 'ǈ', ǈ: 'ǈ', ǉ: 'ǈ', Ǌ: 'ǋ', ǋ: 'ǋ', ǌ: 'ǋ', Ǳ: 'ǲ', ǲ: 'ǲ', ǳ: 'ǲ', ŉ: 'ʼN' };
  const cp = ch.codePointAt(0)!;
  if (t[ch] !== undefined) return t[ch];
  if (cp >= 0x10d0 && cp <= 0x10ff) return ch;
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCodePoint(cp | 8);
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return String.fromCodePoint(cp + 9);
  const up = ch.toUpperCase();
  if (cp >= 0x1fb2 && cp <= 0x1ffc && up.length > 1 && up.endsWith('\u0399')) return up.slice(0, -1) + '\u0345';
  const u = [...up];
  return u.length > 1 ? u[0] + u.slice(1).join('').toLowerCase() : up;
}

/**
 * _PyUnicode_ToFoldedFull of one character (CaseFolding.txt, statuses C and F): the lower case of
 * the upper case, but for those whose folding is not that: dotless ı stays, capital ẞ folds to ss,
 * and Cherokee folds to its upper case (the letters Unicode 8 made lower case fold back to it).
 */
function foldCh(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x131 || (cp >= 0x13a0 && cp <= 0x13f5)) return ch;
  if (cp === 0x1e9e) return 'ss';
  if (cp >= 0x13f8 && cp <= 0x13fd) return String.fromCodePoint(cp - 8);
  if (cp >= 0xab70 && cp <= 0xabbf) return String.fromCodePoint(cp - 0xab70 + 0x13a0);
  return ch.toUpperCase().toLowerCase();
}

function simple(name: string, f: (s: string) => string | boolean): void {
  method(name, (o, a, kw) => {
    noKw(`str.${name}`, kw);
    exactly(`str.${name}`, a, 0);
    const r = f(text(o));
    // ascii_upper_or_lower and case_operation fill a PyUnicode_New: a one-character result is a str of its own, not the cached one.
    return typeof r === 'boolean' ? pyBool(r) : newStrObject(r);
  });
}

simple('upper', (s) => s.toUpperCase());
simple('lower', (s) => s.toLowerCase());
simple('casefold', (s) => {
  let out = '';
  for (const ch of s) out += foldCh(ch);
  return out;
});
// do_swapcase: a title-case character (ǅ) is neither upper nor lower case and stays.
simple('swapcase', (s) => {
  const c = cps(s);
  return c.map((ch, i) => (isUpperCh(ch) ? lowerAt(c, i) : isLowerCh(ch) ? ch.toUpperCase() : ch)).join('');
});
// do_title: a cased character after a cased one goes lower, any other goes title case.
simple('title', (s) => {
  const c = cps(s);
  let prevCased = false;
  let out = '';
  for (let i = 0; i < c.length; i++) {
    out += prevCased ? lowerAt(c, i) : titleCh(c[i]);
    prevCased = isCased(c[i]);
  }
  return out;
});
// do_capitalize: title case first (3.8+), then lower case.
simple('capitalize', (s) => {
  const c = cps(s);
  return c.length === 0 ? '' : titleCh(c[0]) + c.slice(1).map((_, i) => lowerAt(c, i + 1)).join('');
});

// ---- predicates ----

const all = (s: string, f: (ch: string) => boolean): boolean => s !== '' && cps(s).every(f);
const DIGIT = /[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]/u;
const isAlpha = (ch: string): boolean => /[\p{L}]/u.test(ch);
const isNumeric = (ch: string): boolean => /\p{N}/u.test(ch) || /[\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u516b\u516d\u5341\u5343\u56db\u58f1\u8086\u842c]/u.test(ch);
simple('isalpha', (s) => all(s, isAlpha));
simple('isdecimal', (s) => all(s, (ch) => /\p{Nd}/u.test(ch)));
simple('isdigit', (s) => all(s, (ch) => DIGIT.test(ch)));
simple('isnumeric', (s) => all(s, isNumeric));
simple('isalnum', (s) => all(s, (ch) => isAlpha(ch) || isNumeric(ch)));
simple('isspace', (s) => all(s, (ch) => SPACE.test(ch)));
simple('isascii', (s) => [...s].every((ch) => ch.codePointAt(0)! < 128));
// unicode_isupper_impl, unicode_islower_impl: a title-case character fails both.
simple('isupper', (s) => !cps(s).some((ch) => isLowerCh(ch) || isTitleCh(ch)) && cps(s).some(isUpperCh));
simple('islower', (s) => !cps(s).some((ch) => isUpperCh(ch) || isTitleCh(ch)) && cps(s).some(isLowerCh));
simple('istitle', (s) => {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (isUpperCh(ch) || isTitleCh(ch)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerCh(ch)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
});
/** PyUnicode_IsIdentifier (str.isidentifier, and type_new's check of __slots__ names). */
export function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]*$/u.test(s.normalize('NFKC'));
}
simple('isidentifier', isIdentifier);
simple('isprintable', (s) => [...s].every((ch) => ch === ' ' || !/[\p{C}\p{Z}]/u.test(ch)));

// ---- translation ----

/** str.maketrans(x[, y[, z]]): the dict translate() takes (unicode_maketrans_impl). */
function maketrans(a: PyObject[]): PyObject {
  // The clinic wrapper checks y and z are strs before the dict is made.
  const y = a[1] !== undefined ? argStr(a[1], 'maketrans() argument 2 must be str', true) : null;
  const z = a[2] !== undefined ? argStr(a[2], 'maketrans() argument 3 must be str', true) : null;
  const d = newDict();
  const put = (k: PyObject, v: PyObject): void => {
    d.set(k, v);
    abs.decref(k);
  };
  try {
    if (y === null) {
      const x = a[0];
      if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of x.entries()) {
        if (k instanceof PyStr) {
          if (k.length !== 1) throw valueError('string keys in translate table must be of length 1');
          put(newInt(k.value.codePointAt(0)!), v);
        } else if (k instanceof PyInt) put(abs.incref(k), v);
        else throw typeError('keys in translate table must be strings or integers');
      }
      return d;
    }
    const x0 = a[0];
    if (!(x0 instanceof PyStr)) throw typeError('first maketrans argument must be a string if there is a second argument');
    const x = x0.value;
    const xs = cps(x);
    const ys = cps(y);
    if (xs.length !== ys.length) throw valueError('the first two maketrans arguments must have equal length');
    xs.forEach((ch, i) => {
      const k = newInt(ch.codePointAt(0)!);
      const v = newInt(ys[i].codePointAt(0)!);
      put(k, v);
      abs.decref(v);
    });
    if (z !== null) for (const ch of cps(z)) put(newInt(ch.codePointAt(0)!), None);
    return d;
  } catch (e) {
    // unicode_maketrans_impl's err: the dict made so far goes.
    abs.decref(d);
    throw e;
  }
}

// A static method: not bound on lookup, like CPython's @staticmethod str.maketrans.
const maketransFn = new PyCFunction(cfunctionType, 'maketrans', (a, kw) => {
  noKw('str.maketrans', kw);
  between('maketrans', a, 1, 3);
  return maketrans(a);
}, null);
strType.tp_dict.set('maketrans', maketransFn);

method('translate', (o, a, kw) => {
  noKw('str.translate', kw);
  exactly('str.translate', a, 1);
  const table = a[0];
  let out = '';
  for (const ch of text(o)) {
    const key = newInt(ch.codePointAt(0)!);
    let v: PyObject;
    try {
      v = abs.getItem(table, key);
    } catch (e) {
      // LookupError: the character stays as it is, and the error is cleared (freed).
      if (errorMatches(e, LookupError)) {
        clearError(e);
        out += ch;
        continue;
      }
      throw e;
    } finally {
      abs.decref(key);
    }
    if (v === None) {
      abs.decref(v);
      continue;
    }
    if (v instanceof PyInt) out += String.fromCodePoint(v.toNumber());
    else if (v instanceof PyStr) out += v.value;
    else {
      abs.decref(v);
      throw typeError('character mapping must return integer, None or str');
    }
    abs.decref(v);
  }
  return newStr(out);
});
