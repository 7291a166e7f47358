// complex (Objects/complexobject.c): a 32-byte object holding two doubles; its repr
// (complex_repr over the float 'r' format) and hash (real + 1000003 * imag, mod 2**64).
import { R } from '../state';
import { doubleToString } from '../format';
import { floatHash } from './float';
import { canonHash, Hash, PyObject, PyType } from './object';
import { fromFormatPieces, newStr } from './str';
import { readyType } from './typeobject';

export class PyComplex extends PyObject {
  constructor(
    type: PyType,
    readonly real: number,
    readonly imag: number,
  ) {
    super(type);
  }
}

export const complexType = readyType(new PyType(null, 'complex'));
complexType.tp_sizeof = () => 32;

export function newComplex(real: number, imag: number, type: PyType = complexType): PyComplex {
  return R.heap.newObject(new PyComplex(type, real, imag), 32, 0);
}
complexType.tp_dealloc = (o) => R.heap.freeObject(o, 32);

/** complex_repr: '1j' when the real part is +0.0, else '(re±imj)'. */
export function complexRepr(re: number, im: number): string {
  return complexReprPieces(re, im).join('');
}
/** complex_repr's PyUnicode_FromFormat("%s%s%sj%s", lead, re, im, tail) pieces. */
function complexReprPieces(re: number, im: number): string[] {
  if (re === 0 && !Object.is(re, -0)) return ['', '', doubleToString(im, 'r', 0), 'j', ''];
  return ['(', doubleToString(re, 'r', 0), doubleToString(im, 'r', 0, { sign: true }), 'j', ')'];
}
complexType.tp_repr = (o) => {
  const p = complexReprPieces((o as PyComplex).real, (o as PyComplex).imag);
  fromFormatPieces(p[0], p[1], p[2], p[4]);
  return newStr(p.join(''));
};

const M64 = (1n << 64n) - 1n;
const IMAG = 1000003n; // _PyHASH_IMAG

/** complex_hash: the unsigned sum wraps at 64 bits and is read back signed. */
export function complexHash(re: number, im: number): Hash {
  const hr = BigInt(floatHash(re));
  const hi = BigInt(floatHash(im));
  let c = (hr + IMAG * hi) & M64;
  if (c >= 1n << 63n) c -= 1n << 64n;
  if (c === -1n) c = -2n;
  return canonHash(c);
}
complexType.tp_hash = (o) => complexHash((o as PyComplex).real, (o as PyComplex).imag);
