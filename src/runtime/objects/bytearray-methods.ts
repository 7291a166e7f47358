// bytearray's protocol and mutating methods (Objects/bytearrayobject.c): item and slice
// assignment and deletion, += and *=, append/extend/insert/pop/remove/reverse/clear/copy,
// and bytearray() (PyType_GenericNew, then bytearray___init__ with its presizing paths).
import { R } from '../state';
import * as abs from './abstract';
import { bytesRepr } from '../format';
import { hashNotImplemented, IndexError, indexError, MemoryError, pyError, typeError, valueError } from './exceptions';
import { clinicSsize } from '../builtin-conventions';
import { defMethod, NativeMethod } from './function';
import { intType, newInt, PyInt } from './int';
import { lengthHint, lengthHintOf, makeIterType, newSeqIter, PySeqIter } from './iterators';
import { listType } from './list';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { PySlice, sliceIndices, sliceType } from './slice';
import { newStr, PyStr } from './str';
import { tupleType } from './tuple';
import { registerBuiltin } from '../builtins';
import { bytesRichCompare, byteInt } from './bytes';
import { bytearrayType, byteArrayResize, byteArraySetSliceLinear, newByteArray, newByteArrayEmpty, PyByteArray } from './bytearray';
import { bufferCopy, bufferOrNull, byteValue } from './bytes-methods';
import { checkBuffer } from './memoryview';
import { bytesContains, encodeSource, iterableBytes, repeatData, sliceData, sourceArgs, subscriptIndex } from './bytesops';
import { between, exactly, noKw } from './args';
import { vectorcall } from '../vm/calls';
import { repeatSizeOverflows } from './int-limits';

const ba = (o: PyObject): PyByteArray => o as PyByteArray;
const none = (): PyObject => abs.incref(None);

bytearrayType.tp_repr = (o) => newStr(`${o.ob_type.tp_name}(${bytesRepr(ba(o).data)})`);
bytearrayType.tp_hash = hashNotImplemented;
bytearrayType.mp_length = (o) => ba(o).data.length;
bytearrayType.tp_richcompare = (a, b, op) => bytesRichCompare(ba(a).data, b, op, bufferOrNull);
bytearrayType.sq_contains = (o, v) => bytesContains(ba(o).data, v);

const bytearrayIterType = makeIterType('bytearray_iterator');
lengthHintOf.set(bytearrayIterType, (o) => {
  const it = o as PySeqIter;
  return it.seq === null ? 0 : Math.max(0, ba(it.seq).data.length - it.index);
});
bytearrayType.tp_iter = (o) =>
  newSeqIter(bytearrayIterType, o, (it) => {
    const d = ba(it.seq!).data;
    return it.index < d.length ? byteInt(d[it.index++]) : null;
  });

bytearrayType.mp_subscript = (o, key) => {
  const d = ba(o).data;
  if (key.ob_type === sliceType) return newByteArray(sliceData(d, key as PySlice)[0]);
  return byteInt(d[subscriptIndex(key, d.length, 'bytearray index out of range', 'bytearray')]);
};

/**
 * PyByteArray_FromObject: a temporary bytearray made by calling the type with values
 * (PyObject_CallOneArg), which has no vectorcall: its 1-tuple goes to the free list after.
 */
function byteArrayFromObject(values: PyObject): PyByteArray {
  return vectorcall(bytearrayType, [values], null) as PyByteArray;
}

/** bytearray_ass_subscript */
bytearrayType.mp_ass_subscript = (o, key, values) => {
  const self = ba(o);
  let start: number;
  let stop: number;
  let step: number;
  let slicelen: number;
  if (key.ob_type !== sliceType) {
    if (!(key instanceof PyInt) && key.ob_type.tp_as_number.nb_index === undefined) {
      throw typeError(`bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
    }
    let i = abs.numberAsSsize(key, IndexError);
    const v = values === null ? -1 : byteValue(values);
    if (i < 0) i += self.data.length;
    if (i < 0 || i >= self.data.length) throw indexError('bytearray index out of range');
    if (values !== null) {
      self.data[i] = v;
      return;
    }
    [start, stop, step, slicelen] = [i, i + 1, 1, 1];
  } else {
    [start, stop, step, slicelen] = sliceIndices(key as PySlice, self.data.length);
  }
  let bytes: Uint8Array;
  if (values === null) bytes = new Uint8Array(0);
  else if (values === o || !(values instanceof PyByteArray)) {
    const num = values.ob_type.tp_as_number;
    if (num.nb_index !== undefined || num.nb_int !== undefined || num.nb_float !== undefined || values.ob_type.tp_name === 'complex' || values instanceof PyStr) {
      throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    }
    const tmp = byteArrayFromObject(values);
    try {
      bytearrayType.mp_ass_subscript!(o, key, tmp);
    } finally {
      abs.decref(tmp);
    }
    return;
  } else bytes = values.data;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    byteArraySetSliceLinear(self, start, stop, bytes.slice());
    return;
  }
  const picked = new Set<number>();
  for (let k = 0, j = start; k < slicelen; k++, j += step) picked.add(j);
  if (bytes.length === 0) {
    if (slicelen === 0) return;
    const rest = self.data.filter((_, j) => !picked.has(j));
    byteArrayResize(self, rest.length);
    self.data = rest;
    return;
  }
  if (bytes.length !== slicelen) {
    throw valueError(`attempt to assign bytes of size ${bytes.length} to extended slice of size ${slicelen}`);
  }
  for (let k = 0, j = start; k < slicelen; k++, j += step) self.data[j] = bytes[k];
};

/** bytearray_setslice(self, n, n, values): what extend and += append with. */
function appendBuffer(self: PyByteArray, values: PyObject): void {
  // bytearray_setslice: any refusal of the buffer becomes this TypeError.
  const buf = values === self ? self.data : bufferOrNull(values);
  if (buf === null) throw typeError(`can't set bytearray slice from ${values.ob_type.tp_name}`);
  const add = buf.slice();
  const n = self.data.length;
  byteArraySetSliceLinear(self, n, n, add);
}

// ---- + * += *= ----

// PyByteArray_Concat and bytearray_repeat (bytearray's sq_concat, sq_repeat).
abs.defSequenceSlots(bytearrayType, {
  concat(a, b) {
    const x = a as PyByteArray;
    const y = bufferOrNull(b);
    if (y === null) throw typeError(`can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    const r = new Uint8Array(x.data.length + y.length);
    r.set(x.data);
    r.set(y, x.data.length);
    return newByteArray(r);
  },
  repeat(a, n) {
    const d = (a as PyByteArray).data;
    // bytearray_repeat: a size past Py_ssize_t is PyErr_NoMemory; short of that, the heap budget decides.
    if (repeatSizeOverflows(d.length, n)) throw pyError(MemoryError);
    R.heap.checkBudget(d.length * Math.max(0, n));
    return newByteArray(repeatData(d, Math.max(0, n)));
  },
});

bytearrayType.tp_as_number.nb_inplace = {
  nb_add: (a, b) => {
    const self = ba(a);
    const y = bufferOrNull(b);
    if (y === null) throw typeError(`can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    const add = y.slice();
    const n = self.data.length;
    byteArrayResize(self, n + add.length);
    self.data.set(add, n);
    return abs.incref(a);
  },
  // bytearray_irepeat (sq_inplace_repeat).
  nb_multiply: (a, b) => {
    const self = ba(a);
    const count = Math.max(0, abs.repeatCount(b));
    if (count === 1) return abs.incref(a);
    if (repeatSizeOverflows(self.data.length, count)) throw pyError(MemoryError);
    R.heap.checkBudget(self.data.length * count);
    const d = repeatData(self.data, count);
    byteArrayResize(self, d.length);
    self.data = d;
    return abs.incref(a);
  },
};

// ---- methods ----

/** pop and remove: the tail moves down one byte (memmove), then the size shrinks by one. */
function removeAt(self: PyByteArray, i: number): void {
  const n = self.data.length;
  const rest = new Uint8Array(n - 1);
  rest.set(self.data.subarray(0, i));
  rest.set(self.data.subarray(i + 1), i);
  byteArrayResize(self, n - 1);
  self.data = rest;
}

const methods: Record<string, NativeMethod> = {
  append(o, a, kw) {
    noKw('bytearray.append', kw);
    exactly('bytearray.append', a, 1);
    const self = ba(o);
    const v = byteValue(a[0]);
    const n = self.data.length;
    byteArrayResize(self, n + 1);
    self.data[n] = v;
    return none();
  },
  insert(o, a, kw) {
    noKw('bytearray.insert', kw);
    if (a.length !== 2) throw typeError(`insert expected 2 arguments, got ${a.length}`);
    const self = ba(o);
    let i = clinicSsize(a[0]);
    const v = byteValue(a[1]);
    const n = self.data.length;
    const old = self.data.slice();
    byteArrayResize(self, n + 1);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    self.data.set(old.subarray(0, i));
    self.data[i] = v;
    self.data.set(old.subarray(i), i + 1);
    return none();
  },
  extend(o, a, kw) {
    noKw('bytearray.extend', kw);
    exactly('bytearray.extend', a, 1);
    const self = ba(o);
    const src = a[0];
    if (checkBuffer(src)) {
      appendBuffer(self, src);
      return none();
    }
    // 3.13 bytearray_extend refuses a str before iterating it.
    if (R.minor >= 13 && src instanceof PyStr) throw typeError("expected iterable of integers; got: 'str'");
    // A temporary bytearray presized from the length hint (32 by default), grown by half.
    let bufSize = 0;
    let tmp: PyByteArray | null = null;
    try {
      const vals = iterableBytes(src, 'byte must be in range(0, 256)', `can't extend bytearray with ${src.ob_type.tp_name}`, () => {
        bufSize = lengthHint(src, 32);
        tmp = newByteArray(new Uint8Array(bufSize));
      });
      const t: PyByteArray = tmp!;
      let len = 0;
      for (let k = 0; k < vals.length; k++) {
        len++;
        if (len >= bufSize) {
          bufSize = len + (len >> 1) + 1;
          byteArrayResize(t, bufSize);
        }
      }
      byteArrayResize(t, len);
      t.data = vals;
      appendBuffer(self, t);
    } finally {
      if (tmp !== null) abs.decref(tmp);
    }
    return none();
  },
  pop(o, a, kw) {
    noKw('bytearray.pop', kw);
    between('pop', a, 0, 1);
    const self = ba(o);
    const n = self.data.length;
    if (n === 0) throw indexError('pop from empty bytearray');
    let i = a.length > 0 ? clinicSsize(a[0]) : -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('pop index out of range');
    const v = self.data[i];
    removeAt(self, i);
    return byteInt(v);
  },
  remove(o, a, kw) {
    noKw('bytearray.remove', kw);
    exactly('bytearray.remove', a, 1);
    const self = ba(o);
    const where = self.data.indexOf(byteValue(a[0]));
    if (where < 0) throw valueError('value not found in bytearray');
    removeAt(self, where);
    return none();
  },
  reverse(o, a, kw) {
    noKw('bytearray.reverse', kw);
    exactly('bytearray.reverse', a, 0);
    ba(o).data.reverse();
    return none();
  },
  clear(o, a, kw) {
    noKw('bytearray.clear', kw);
    exactly('bytearray.clear', a, 0);
    byteArrayResize(ba(o), 0);
    return none();
  },
  /** bytearray_alloc: the buffer's size, ob_alloc. */
  __alloc__(o, a, kw) {
    noKw('bytearray.__alloc__', kw);
    exactly('bytearray.__alloc__', a, 0);
    return newInt(ba(o).alloc);
  },
  copy(o, a, kw) {
    noKw('bytearray.copy', kw);
    exactly('bytearray.copy', a, 0);
    return newByteArray(ba(o).data.slice());
  },
};
for (const [name, fn] of Object.entries(methods)) defMethod(bytearrayType, name, fn);

// ---- bytearray() ----

/** bytearray___init___impl: emptied first, then filled by the argument's kind. */
function byteArrayInit(self: PyByteArray, src: PyObject | null, enc: string | null, err: string | null): void {
  if (self.data.length !== 0) byteArrayResize(self, 0);
  const encoded = encodeSource(src, enc, err);
  if (encoded !== null) {
    const n = self.data.length;
    byteArrayResize(self, n + encoded.length);
    self.data.set(encoded, n);
    return;
  }
  if (src === null) return;
  if (src instanceof PyInt || src.ob_type.tp_as_number.nb_index !== undefined) {
    const count = abs.asIndex(src);
    if (count < 0) throw valueError('negative count');
    if (count > 0) byteArrayResize(self, count);
    return;
  }
  const copy = bufferCopy(src);
  if (copy !== null) {
    byteArrayResize(self, copy.length);
    self.data = copy;
    return;
  }
  const noIter = `cannot convert '${src.ob_type.tp_name}' object to bytearray`;
  // 3.11 added the exact list/tuple path: sized once when every item is an exact int.
  if (R.minor >= 11 && (src.ob_type === listType || src.ob_type === tupleType)) {
    const items = (src as unknown as { items: PyObject[] }).items;
    if (items.every((x) => x.ob_type === intType)) {
      const vals = iterableBytes(src, 'byte must be in range(0, 256)', noIter);
      byteArrayResize(self, vals.length);
      self.data = vals;
      return;
    }
  }
  // The slow path appends byte by byte, resizing only when the buffer is full.
  const vals = iterableBytes(src, 'byte must be in range(0, 256)', noIter);
  for (const v of vals) {
    const n = self.data.length;
    if (n + 1 < self.alloc) {
      const d = new Uint8Array(n + 1);
      d.set(self.data);
      self.data = d;
    } else byteArrayResize(self, n + 1);
    self.data[n] = v;
  }
}

bytearrayType.tp_new = (t: PyType) => newByteArrayEmpty(t);
bytearrayType.tp_init = (self, args, kwnames) => {
  const [src, enc, err] = sourceArgs('bytearray', args, kwnames);
  byteArrayInit(ba(self), src, enc, err);
};

registerBuiltin('bytearray', () => abs.incref(bytearrayType));
