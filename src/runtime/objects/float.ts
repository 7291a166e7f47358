// float (Objects/floatobject.c): a 24-byte object holding a double.
import { R } from '../state';
import * as freelists from '../freelists';
import { canonHash, Hash, PyObject, PyType } from './object';
import { readyType } from './typeobject';
import { genericAllocBytes, preHeaderSize } from './instance-layout';

export class PyFloat extends PyObject {
  constructor(
    type: PyType,
    /** Written in place only by 3.12+'s specialized arithmetic, on a float the stack holds alone (vm/specialize.ts). */
    public value: number,
  ) {
    super(type);
  }
}

export const floatType = readyType(new PyType(null, 'float'));
floatType.tp_sizeof = () => 24;

export function newFloat(v: number): PyFloat {
  const o = new PyFloat(floatType, v);
  return freelists.pop('float', o, 0) ?? R.heap.newObject(o, 24, 0);
}

floatType.tp_dealloc = (o) => {
  if (o.ob_type !== floatType) return R.heap.freeObject(o, genericAllocBytes(o.ob_type, 24, 0, 0));
  if (freelists.push('float', freelists.FLOAT_MAXFREELIST, o, 24)) return;
  R.heap.freeObject(o, 24);
};

/** float_subtype_new: an instance of float subclass t (tp_alloc, never the free list). */
export function newFloatSubtype(t: PyType, v: number): PyFloat {
  const o = R.heap.newObject(new PyFloat(t, v), genericAllocBytes(t, 24, 0, 0), preHeaderSize(t));
  R.heap.incref(t);
  return o;
}

/** hash(float): integral values hash as the int; others via the 2**61-1 reduction (_Py_HashDouble). */
export function floatHash(v: number): Hash {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0 : v > 0 ? 314159 : -314159;
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) return v === -1 ? -2 : v;
  // Reduce m * 2**e modulo 2**61 - 1 as CPython does.
  const M = 2n ** 61n - 1n;
  let m = Math.abs(v);
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5 && m !== 0) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & M) | (x >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= M) x -= M;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & M) | (x >> BigInt(61 - ee));
  if (v < 0) x = -x;
  return canonHash(x === -1n ? -2n : x);
}
floatType.tp_hash = (o) => floatHash((o as PyFloat).value);
