// The copy protocol's per-type methods of the immutable builtins: __getnewargs__ of str, bytes,
// tuple and complex (int's and float's are in their method files), and the conversions that
// give an exact object back, bytes.__bytes__ and complex.__complex__ (3.11+).
import * as abs from './abstract';
import { noArgsMethod } from './args';
import { bytesType, newBytes, PyBytes } from './bytes';
import { complexType, newComplex, PyComplex } from './complex';
import { newFloat } from './float';
import { defMethod } from './function';
import { newStrObject, PyStr, strType } from './str';
import { newTuple, PyTuple, tupleType } from './tuple';
import { inVersions } from './typeobject';


// unicode_getnewargs: a copy of the string (_PyUnicode_Copy, a new object even for one character).
defMethod(strType, '__getnewargs__', noArgsMethod('str.__getnewargs__', (o) => newTuple([newStrObject((o as PyStr).value)])));
// bytes_getnewargs: PyBytes_FromStringAndSize of the data.
defMethod(bytesType, '__getnewargs__', noArgsMethod('bytes.__getnewargs__', (o) => newTuple([newBytes((o as PyBytes).data.slice())])));
// tuple___getnewargs___impl: tupleslice(self, 0, len), which is the tuple itself when exact.
defMethod(tupleType, '__getnewargs__', noArgsMethod('tuple.__getnewargs__', (o) => {
  const t = o as PyTuple;
  const whole = t.ob_type === tupleType ? abs.incref(t) : newTuple(t.items.map((x) => abs.incref(x)));
  return newTuple([whole]);
}));
// complex___getnewargs___impl: Py_BuildValue("(dd)", real, imag).
defMethod(complexType, '__getnewargs__', noArgsMethod('complex.__getnewargs__', (o) => {
  const c = o as PyComplex;
  return newTuple([newFloat(c.real), newFloat(c.imag)]);
}));

// bytes___bytes___impl, complex___complex___impl (3.11+): self when exact, else a plain copy.
defMethod(bytesType, '__bytes__', noArgsMethod('bytes.__bytes__', (o) => (o.ob_type === bytesType ? abs.incref(o) : newBytes((o as PyBytes).data.slice()))));
defMethod(complexType, '__complex__', noArgsMethod('complex.__complex__', (o) => {
  const c = o as PyComplex;
  return o.ob_type === complexType ? abs.incref(o) : newComplex(c.real, c.imag);
}));
inVersions(bytesType, '__bytes__', (m) => m >= 11);
inVersions(complexType, '__complex__', (m) => m >= 11);
