// int's methods and attributes (Objects/longobject.c int_methods, long_getset): bit_length,
// bit_count, conjugate, as_integer_ratio, is_integer and real/imag/numerator/denominator.
import { R } from '../state';
import * as abs from './abstract';
import { attributeError } from './exceptions';
import { defMethod, NativeMethod } from './function';
import { defGetSet } from './getset';
import { intType, newInt, newIntBig, PyInt } from './int';
import { bitLength } from './int-limits';
import { exactly, noKw } from './args';
import { PyObject } from './object';
import { True } from './singletons';
import { newTuple } from './tuple';

/** The int value of self (a bool is an int too); a copy, so that bool methods return ints. */
const asInt = (o: PyObject): PyInt => {
  const i = o as PyInt;
  return (i.big === null ? newInt(i.n) : newIntBig(i.big)) as PyInt;
};
const value = (o: PyObject): bigint => (o as PyInt).toBigInt();

function noArgs(name: string, fn: (self: PyObject) => PyObject): NativeMethod {
  return (self, a, kw) => {
    noKw(name, kw);
    exactly(name, a, 0);
    return fn(self);
  };
}

const methods: Array<[string, number, NativeMethod]> = [
  ['bit_length', 0, noArgs('int.bit_length', (o) => newInt(bitLength(value(o))))],
  // int_bit_count_impl: population count of |self|.
  [
    'bit_count',
    10,
    noArgs('int.bit_count', (o) => {
      let v = value(o);
      if (v < 0n) v = -v;
      let n = 0;
      for (const ch of v.toString(2)) if (ch === '1') n++;
      return newInt(n);
    }),
  ],
  ['conjugate', 0, noArgs('int.conjugate', asInt)],
  ['as_integer_ratio', 8, noArgs('int.as_integer_ratio', (o) => newTuple([asInt(o), newInt(1)]))],
  ['is_integer', 12, noArgs('int.is_integer', () => abs.incref(True))],
  ['__index__', 0, noArgs('int.__index__', asInt)],
];

for (const [name, since, fn] of methods) {
  // A method the run's version does not have yet raises AttributeError as that version would.
  defMethod(intType, name, (self, a, kw) => {
    if (R.minor < since) throw attributeError(`'${self.ob_type.tp_name}' object has no attribute '${name}'`);
    return fn(self, a, kw);
  });
}

defGetSet(intType, 'real', asInt);
defGetSet(intType, 'imag', () => newInt(0));
defGetSet(intType, 'numerator', asInt);
defGetSet(intType, 'denominator', () => newInt(1));
