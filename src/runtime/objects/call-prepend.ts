// _PyObject_Call_Prepend (Objects/call.c): how a class's special methods reached through tp_new,
// tp_init and tp_call get self in front of the packed arguments.
import { R } from '../state';
import * as abs from './abstract';
import type { PyObject } from './object';
import type { PyStr } from './str';
import { newTuple } from './tuple';

/**
 * _PyObject_Call_Prepend (Objects/call.c), as slot_tp_new, slot_tp_init and slot_tp_call call
 * a class's __new__, __init__ and __call__ with the tuple and dict _PyObject_MakeTpCall packed:
 * self and the arguments on a small stack (over _PY_FASTCALL_SMALL_STACK, 5, a PyMem block), then _PyObject_FastCallDict, whose
 * keywords make a new stack and a tuple of their names (_PyStack_UnpackDict), freed in that order.
 */
export function callPrepend(func: PyObject, self: PyObject, args: PyObject[], kwnames: PyStr[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw + 1;
  const stackBytes = nargs > 5 ? 8 * nargs : 0;
  const stack = stackBytes > 0 ? R.heap.malloc(stackBytes, 'call stack') : 0;
  let unpacked = 0;
  let names: PyObject | null = null;
  if (nkw > 0) {
    unpacked = R.heap.malloc(8 * (1 + nargs + nkw), 'call stack');
    names = newTuple(kwnames!.map((k) => abs.incref(k)));
  }
  try {
    return abs.call(func, [self, ...args], kwnames);
  } finally {
    if (unpacked !== 0) R.heap.free(unpacked, 8 * (1 + nargs + nkw), 'call stack');
    if (names !== null) R.heap.decref(names);
    if (stack !== 0) R.heap.free(stack, stackBytes, 'call stack');
  }
}
