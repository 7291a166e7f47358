// PyUnicode_Append (Objects/unicodeobject.c): left + right into left's place, growing left's
// own block (unicode_resize, resize_compact: PyObject_Realloc) when no one else can see it,
// which is what makes `s += t` in a loop cheap and keeps `s` at one address while it fits.
import { R } from '../state';
import * as abs from './abstract';
import { newStrObject, PyStr, strSizeof, strType } from './str';

/** unicode_modifiable: only the caller holds it, its hash was never taken, it is not interned, it is an exact str. */
function modifiable(s: PyStr): boolean {
  return s.h.ob_refcnt === 1 && s.hash === -1 && !s.interned && s.ob_type === strType;
}

const kind = (s: PyStr): number => (s.maxchar < 256 ? 1 : s.maxchar < 65536 ? 2 : 4);

/** PyUnicode_Append(&left, right): left's reference is given up, the result's returned. */
export function unicodeAppend(left: PyStr, right: PyStr): PyStr {
  if (left.value === '') {
    abs.decref(left);
    return abs.incref(right);
  }
  if (right.value === '') return left;
  // Growing an ASCII str by Latin-1 text would change its header, so it is copied instead.
  if (modifiable(left) && right.ob_type === strType && kind(right) <= kind(left) && !(left.maxchar < 128 && right.maxchar >= 128)) {
    const before = strSizeof(left);
    left.extend(right);
    const h = left.h;
    const block = R.heap.realloc(h.block, before, strSizeof(left), 'str');
    h.block = block;
    h.id = block;
    h.serial = 0;
    return left;
  }
  const res = newStrObject(left.value + right.value);
  abs.decref(left);
  return res;
}
