// str's protocol and its most used methods (Objects/unicodeobject.c): repr, items
// and slices, comparison, concatenation, repetition, iteration, and the text methods.
import { R } from '../state';
import { strRepr } from '../format';
import * as abs from './abstract';
import { overflowError, typeError } from './exceptions';
import { PyInt } from './int';
import { newSeqIter, strIterType, strIterTypeUnicode } from './iterators';
import { CmpOp } from './object';
import { NotImplemented, pyBool } from './singletons';
import { PySlice, sliceIndices, sliceType } from './slice';
import { newStr, newStrObject, PyStr, strType } from './str';
import { cmpResult } from './int';
import { repeatSizeOverflows } from './int-limits';

strType.tp_repr = (o) => newStr(strRepr((o as PyStr).value));
export { strRepr };
// unicode_str (unicode_result_unchanged): an exact str is itself; a subclass's is copied.
strType.tp_str = (o) => {
  if (o.ob_type !== strType) return newStrObject((o as PyStr).value);
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
    // unicode_subscript: the whole string is unicode_result_unchanged (itself when exact).
    if (n > 0 && start === 0 && step === 1 && n === s.length && s.ob_type === strType) return R.heap.incref(s), s;
    if (step === 1) return newStr(s.slice(start, start + n));
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += s.charAt(j);
    return newStr(out);
  }
  // unicode_subscript: its own wording, which 3.11+ end with the key's type.
  if (!(key instanceof PyInt) && key.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError(R.minor >= 11 ? `string indices must be integers, not '${key.ob_type.tp_name}'` : 'string indices must be integers');
  }
  return newStr(s.charAt(abs.seqIndex(key, s.length, 'string')));
};
strType.tp_iter = (o) =>
  newSeqIter(R.minor >= 11 && (o as PyStr).maxchar < 128 ? strIterType : strIterTypeUnicode, o, (it) => {
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

// unicode_concat and unicode_repeat (str's sq_concat, sq_repeat).
abs.defSequenceSlots(strType, {
  concat(a, b) {
    if (!(b instanceof PyStr)) throw typeError(`can only concatenate str (not "${b.ob_type.tp_name}") to str`);
    if (b.value === '') return abs.incref(a);
    if ((a as PyStr).value === '') return abs.incref(b);
    return newStr((a as PyStr).value + b.value);
  },
  repeat(s, k) {
    // unicode_repeat: only an exact str is its own single copy.
    if (k === 1 && s.ob_type === strType) return abs.incref(s);
    const v = (s as PyStr).value;
    // unicode_repeat: past Py_ssize_t it is an OverflowError; short of that, the heap budget decides.
    if (repeatSizeOverflows(v.length, k)) throw overflowError('repeated string is too long');
    if (k > 0) R.heap.checkBudget(v.length * k);
    return newStr(k <= 0 ? '' : v.repeat(k));
  },
});

export { R };
