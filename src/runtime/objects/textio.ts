// sys.stdout and sys.stderr (Modules/_io/textio.c TextIOWrapper, reduced to what a script
// calls: write, flush, and print's file=). They write to the run's own output, nothing else.
import { R } from '../state';
import * as abs from './abstract';
import { typeError } from './exceptions';
import { defMethod } from './function';
import { newInt } from './int';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { newStr, PyStr } from './str';
import { readyType } from './typeobject';

export class PyTextIO extends PyObject {
  constructor(
    type: PyType,
    readonly fd: 1 | 2,
  ) {
    super(type);
  }
}

export const textIOType = readyType(new PyType(null, '_io.TextIOWrapper'));

/** Write s to the stream's side of the run's output. */
export function textIOWrite(f: PyTextIO, s: string): void {
  if (f.fd === 1) R.out(s);
  else R.err(s);
}

defMethod(textIOType, 'write', (self, args) => {
  if (args.length !== 1) throw typeError(`write() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${s.ob_type.tp_name}`);
  textIOWrite(self as PyTextIO, s.value);
  return newInt([...s.value].length);
});
defMethod(textIOType, 'flush', () => abs.incref(None));
textIOType.tp_repr = (o) =>
  newStr(`<_io.TextIOWrapper name='<${(o as PyTextIO).fd === 1 ? 'stdout' : 'stderr'}>' mode='w' encoding='utf-8'>`);

/** The run's two streams, static objects as the model keeps the interpreter's own. */
export function newTextIO(fd: 1 | 2): PyTextIO {
  const f = R.heap.newStatic(new PyTextIO(textIOType, fd), 208);
  f.ob_refcnt = 1 << 20;
  return f;
}
