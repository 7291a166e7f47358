// itertools' infinite iterators (Modules/itertoolsmodule.c): count, repeat and cycle.
import { R } from '../state';
import * as abs from '../objects/abstract';
import { typeError } from '../objects/exceptions';
import { newInt, newIntSsizeBig, PyInt } from '../objects/int';
import { listAppend, newList, PyList } from '../objects/list';
import { PyObject } from '../objects/object';
import { newStr, PyStr } from '../objects/str';
import { complexType } from '../objects/complex';
import { defMethod } from '../objects/function';
import { between } from '../objects/args';
import { clinicKeywords, clinicSsize, unpackKeywords } from '../builtin-conventions';
import { allocIt, ItObject, itType, noKeywords } from './itertools-common';
import { lengthHintOf } from '../objects/iterators';
import { LONG_MAX as PY_SSIZE_T_MAX } from '../objects/int-limits';

/** PyNumber_Check: an index, int or float slot, or a complex. */
function numberCheck(o: PyObject): boolean {
  const nb = o.ob_type.tp_as_number;
  return o instanceof PyInt || nb.nb_index !== undefined || nb.nb_int !== undefined || nb.nb_float !== undefined || abs.isInstance(o, complexType);
}

/** The type's short name, as _PyType_Name gives it to the reprs. */
const shortName = (o: PyObject): string => o.ob_type.tp_name.slice(o.ob_type.tp_name.lastIndexOf('.') + 1);

// ---- count: { cnt, long_cnt, long_step }; cnt is PY_SSIZE_T_MAX in slow mode ----

const COUNT_ARGS = clinicKeywords(['start', 'step'], 0, 0, 2);

/** A count: its C counter cnt (a Py_ssize_t, kept exact past the doubles' integers). */
class CountObject extends ItObject {
  cnt = 0n;
}

export const countType = itType('count', {
  basicsize: () => 40,
  next(o) {
    const c = o as CountObject;
    // count_next: PyLong_FromSsize_t(cnt++) until cnt reaches PY_SSIZE_T_MAX.
    if (c.cnt !== PY_SSIZE_T_MAX) return newIntSsizeBig(c.cnt++);
    // count_nextlong: long_cnt handed out (made from PY_SSIZE_T_MAX when fast mode ran out), long_cnt + step kept.
    const longCnt = c.refs[0] ?? newIntSsizeBig(PY_SSIZE_T_MAX);
    c.refs[0] = abs.binaryOp(longCnt, c.refs[1]!, 'nb_add');
    return longCnt;
  },
  make(t, args, kw) {
    const [start, step] = unpackKeywords('count', COUNT_ARGS, args, [...kw]);
    // itertools_count_impl: fast mode for an int start within a Py_ssize_t and a step that is the int 1.
    if ((start !== undefined && !numberCheck(start)) || (step !== undefined && !numberCheck(step))) throw typeError('a number is required');
    let fast = (start === undefined || start instanceof PyInt) && (step === undefined || step instanceof PyInt);
    let cnt = 0n;
    if (start !== undefined && fast) {
      cnt = (start as PyInt).toBigInt();
      if (cnt > PY_SSIZE_T_MAX || cnt < -PY_SSIZE_T_MAX - 1n) fast = false;
    }
    if (fast && step !== undefined && (step as PyInt).toBigInt() !== 1n) fast = false;
    const longCnt = start !== undefined ? abs.incref(start) : newInt(0);
    const longStep = step !== undefined ? abs.incref(step) : newInt(1);
    if (fast) abs.decref(longCnt);
    const o = allocIt(t, 40, [fast ? null : longCnt, longStep], [], (bytes) => new CountObject(t, bytes));
    o.cnt = fast ? cnt : PY_SSIZE_T_MAX;
    return o;
  },
});
countType.tp_repr = (o): PyStr => {
  const c = o as CountObject;
  const name = shortName(o);
  if (c.cnt !== PY_SSIZE_T_MAX) return newStr(`${name}(${c.cnt})`);
  const step = c.refs[1]!;
  // count_repr: %R of a NULL long_cnt (fast mode ran out, nothing taken since) is "<NULL>";
  // a step that is an int equal to 1 is not shown.
  const cnt = c.refs[0] === null ? '<NULL>' : abs.repr(c.refs[0]);
  if (step instanceof PyInt && step.toBigInt() === 1n) return newStr(`${name}(${cnt})`);
  return newStr(`${name}(${cnt}, ${abs.repr(step)})`);
};

// ---- repeat: { element, cnt } (cnt -1: endless) ----

export const repeatType = itType('repeat', {
  basicsize: () => 32,
  next(o) {
    if (o.nums[0] === 0) return null;
    if (o.nums[0] > 0) o.nums[0]--;
    return abs.incref(o.refs[0]!);
  },
  make(t, args, kw) {
    // repeat_new: PyArg_ParseTupleAndKeywords(args, kwds, "O|n:repeat", {"object", "times"}).
    const nArgs = args.length + kw.size;
    if (nArgs > 2) throw typeError(`repeat() takes at most 2 arguments (${nArgs} given)`);
    const vals = keywordsAfter('repeat', args, kw, ['object', 'times']);
    if (vals[0] === undefined) throw typeError(`repeat() missing required argument 'object' (pos 1)`);
    let cnt = -1;
    if (vals[1] !== undefined) {
      cnt = clinicSsize(vals[1]);
      // "Does user supply times argument?": a negative count given is 0.
      if (nArgs === 2 && cnt < 0) cnt = 0;
    }
    return allocIt(t, 32, [abs.incref(vals[0])], [cnt]);
  },
});
repeatType.tp_repr = (o): PyStr => {
  const it = o as ItObject;
  const el = abs.repr(it.refs[0]!);
  return newStr(it.nums[0] === -1 ? `${shortName(o)}(${el})` : `${shortName(o)}(${el}, ${it.nums[0]})`);
};
defMethod(repeatType, '__length_hint__', (self) => {
  const n = (self as ItObject).nums[0];
  if (n === -1) throw typeError('len() of unsized object');
  return newInt(n);
});
lengthHintOf.set(repeatType, (o) => {
  const n = (o as ItObject).nums[0];
  if (n === -1) throw typeError('len() of unsized object');
  return n;
});

/** vgetargskeywords: positionals first, then each remaining name from the keywords; an unknown keyword is refused. */
function keywordsAfter(fn: string, args: PyObject[], kw: Map<string, PyObject>, names: string[]): Array<PyObject | undefined> {
  const out: Array<PyObject | undefined> = names.map((_, i) => args[i]);
  for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) throw typeError(R.minor >= 13 ? `${fn}() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for ${fn}()`);
    if (i < args.length) throw typeError(`argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

// ---- cycle: { it, saved, index, firstpass } ----

export const cycleType = itType('cycle', {
  basicsize: () => 48,
  next(o) {
    // cycle_next: items from the iterator, each saved, then the saved list round and round.
    const it = o.refs[0];
    if (it !== null) {
      const item = abs.iterNext(it);
      if (item !== null) {
        listAppend(o.refs[1] as PyList, item);
        return item;
      }
      o.refs[0] = null;
      abs.decref(it);
    }
    const saved = (o.refs[1] as PyList).items;
    if (saved.length === 0) return null;
    const item = saved[o.nums[0]++];
    if (o.nums[0] >= saved.length) o.nums[0] = 0;
    return abs.incref(item);
  },
  make(t, args, kw) {
    noKeywords(t, cycleType, 'cycle', kw);
    between('cycle', args, 1, 1);
    const it = abs.getIter(args[0]);
    let saved: PyList;
    try {
      saved = newList();
    } catch (e) {
      abs.decref(it);
      throw e;
    }
    return allocIt(t, 48, [it, saved], [0, 0]);
  },
});
