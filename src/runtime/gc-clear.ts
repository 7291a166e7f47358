// tp_clear of the builtin containers (list_clear, dict_tp_clear, set_clear, func_clear,
// cell_clear, BaseException_clear, module_clear, type_clear, subtype_clear, tb_clear,
// frame_tp_clear): how the collector breaks a cycle. Registered with the collector when the runtime loads.
import { clearers } from './gc';
import { clearHeapType } from './objects/heaptype';
import { PyDict } from './objects/dict';
import { PyBaseException } from './objects/exceptions';
import { PyCell, PyFunction } from './objects/function';
import { PyInstance } from './objects/classes';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { PyObject, PyType } from './objects/object';
import { PySet } from './objects/set';
import { newTuple } from './objects/tuple';
import { R } from './state';
import { PyTraceback } from './objects/traceback';
import { PyFrameObject } from './vm/frameobject';

function dropAll(values: Iterable<PyObject | null>): void {
  for (const v of values) if (v !== null) R.heap.decref(v);
}

clearers.push(
  [
    PyList,
    (o) => {
      const l = o as PyList;
      const items = l.items;
      l.items = [];
      if (l.itemsBlock !== 0) R.heap.free(l.itemsBlock, 8 * l.allocated, 'list items');
      l.itemsBlock = 0;
      l.allocated = 0;
      dropAll(items);
    },
  ],
  [PyDict, (o) => (o as PyDict).clear()],
  [PySet, (o) => (o as PySet).clear()],
  [
    PyInstance,
    (o) => {
      const inst = o as PyInstance;
      const d = inst.dict;
      if (d !== null) {
        const vals = [...d.values()];
        d.clear();
        dropAll(vals);
      }
      if (inst.slots !== null) {
        const vals = inst.slots;
        inst.slots = vals.map(() => null);
        dropAll(vals);
      }
    },
  ],
  [
    PyFunction,
    (o) => {
      const f = o as PyFunction;
      const held: Array<PyObject | null> = [f.defaults, f.kwdefaults, f.closure, f.annotations, f.doc ?? null, f.module ?? null, f.typeParams];
      // func_clear clears func_doc and func_module as well.
      f.doc = null;
      f.module = null;
      f.defaults = null;
      f.kwdefaults = null;
      f.closure = null;
      f.annotations = null;
      f.typeParams = null;
      if (f.dictObj !== null) {
        held.push(f.dictObj);
        f.dictObj = null;
      }
      dropAll(held);
    },
  ],
  [
    PyCell,
    (o) => {
      const c = o as PyCell;
      const v = c.ref;
      c.ref = null;
      if (v !== null) R.heap.decref(v);
    },
  ],
  [
    PyBaseException,
    (o) => {
      const e = o as PyBaseException;
      const held: Array<PyObject | null> = [e.args, e.cause, e.context, e.tb];
      e.args = newTuple([]);
      e.cause = null;
      e.context = null;
      e.tb = null;
      if (e.dict !== null) {
        held.push(...e.dict.values());
        e.dict.clear();
      }
      dropAll(held);
    },
  ],
  [PyModule, (o) => (o as PyModule).md_dict.clear()],
  [
    PyTraceback,
    (o) => {
      // tb_clear
      const tb = o as PyTraceback;
      const held = [tb.tb_next, tb.tb_frame];
      tb.tb_next = null;
      tb.tb_frame = null;
      dropAll(held);
    },
  ],
  [
    PyFrameObject,
    (o) => {
      // frame_tp_clear: the locals a finished frame left (its caller's frame object stays).
      const fo = o as PyFrameObject;
      const held = fo.owned;
      fo.owned = null;
      if (held !== null) dropAll(held);
    },
  ],
  [
    PyType,
    (o) => {
      const t = o as PyType;
      if (t.isHeapType) clearHeapType(t);
    },
  ],
);
