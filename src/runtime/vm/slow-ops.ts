// The instructions the evaluation loop's switch leaves to slowOp: building dicts, merging
// keywords, exception handlers, with blocks, yield from, pattern matching, imports and the rest.
import * as abs from '../objects/abstract';
import { PyErr, reraiseErr, RunStop, unsupported } from '../errors';
import { errorMatches } from '../objects/error-match';
import { PyCode } from '../objects/code';
import { newDict, newDictPresized, PyDict } from '../objects/dict';
import { dictMerge } from '../objects/dict-methods';
import { AssertionError, AttributeError, KeyError, PyBaseException, StopIteration, stopIterationValue, typeError, attributeError } from '../objects/exceptions';
import { newFunction } from '../objects/function';
import { CO_HAS_DOC } from '../objects/special-attrs';
import { PyList, listExtend } from '../objects/list';
import { isSubtype, PyObject, typeLookup } from '../objects/object';
import { False, None, True } from '../objects/singletons';
import { newStrObject, PyStr, strType } from '../objects/str';
import { PyTuple } from '../objects/tuple';
import { R } from '../state';
import { Op, OP_NAMES } from '../compiler/opcodes';
import { genSend, PyGenerator } from './call';
import { Frame } from './frame';
import { duplicateKeyword, starArgNotIterable, starStarArgNotMapping } from './funcstr';
import { VM } from './vmstate';
import { getLen, matchClassOp, matchKeysOp, matchKind } from './match';
import { buildClass, formatValue, importFrom, importName, buildSlice, buildSet, setAdd, setUpdate } from './hooks';
import { checkExceptStarType, exceptionGroupMatch, prepReraiseStar, typeMatcher } from '../objects/exception-group';
import { unpack } from './unpack';
import { clearErr, excMatches, popExcInfo, pushExcInfo } from './raise';

/**
 * LIST_EXTEND of something that is neither iterable nor a sequence: a call's lone `*a` (3.8:
 * any `*a` of a call) names the callable (check_args_iterable); 3.9+ say "Value after *"
 * elsewhere, 3.8 lets PyObject_GetIter's error stand.
 */
function starNotIterable(f: Frame, arg: number, src: PyObject): PyErr {
  const lone = f.code.callStars?.get(f.pc - 2);
  if (lone === true || (lone === false && R.minor <= 8)) return starArgNotIterable(f.stack[f.sp - arg - 1]!, src);
  if (R.minor >= 9) return typeError(`Value after * must be an iterable, not ${src.ob_type.tp_name}`);
  return typeError(`'${src.ob_type.tp_name}' object is not iterable`);
}

/**
 * DICT_UPDATE (PyDict_Update), or DICT_MERGE building the keywords of a call of `callable`
 * (_PyDict_MergeEx(..., 2): a keyword already there is a KeyError; also 3.8's CALL_FUNCTION_EX
 * for a lone `**m` that is no exact dict): dict_merge, whose errors ceval.c rewords.
 */
export function mergeMapping(d: PyDict, src: PyObject, callable: PyObject | null): void {
  try {
    dictMerge(d, src, callable !== null ? 2 : 1);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    let reworded: PyErr;
    if (isSubtype(e.type, AttributeError)) {
      // keys() is missing. format_kwargs_error clears the error first; DICT_UPDATE's
      // _PyErr_Format replaces it.
      if (callable !== null) clearErr(e);
      reworded = callable !== null ? starStarArgNotMapping(callable, src) : typeError(`'${src.ob_type.tp_name}' object is not a mapping`);
      if (callable === null) clearErr(e);
      throw reworded;
    }
    const key = callable !== null ? keyGivenTwice(e) : null;
    if (key === null) throw e;
    reworded = duplicateKeyword(callable!, key);
    clearErr(e);
    throw reworded;
  }
}

/**
 * format_kwargs_error: the key of a KeyError that holds one, a keyword given twice; up to
 * 3.11 only of one still pending, its value the 1-tuple _PyErr_SetKeyError packed (not one
 * raised while an exception is handled, which stands).
 */
function keyGivenTwice(e: PyErr): PyObject | null {
  if (!isSubtype(e.type, KeyError)) return null;
  const args = R.minor <= 11 ? (e.normalized ? null : e.pending!.value) : (e.exc as PyBaseException).args;
  return args instanceof PyTuple && args.items.length === 1 ? args.items[0] : null;
}

/**
 * _PyDict_FromItems (BUILD_MAP, BUILD_CONST_KEY_MAP): a dict presized for n pairs; the
 * stack items from base up are released whether or not an insert raises.
 */
function dictFromItems(f: Frame, base: number, n: number, key: (i: number) => PyObject, value: (i: number) => PyObject): PyDict {
  let unicode = true;
  for (let i = 0; i < n; i++) if (key(i).ob_type !== strType) unicode = false;
  const d = newDictPresized(n, unicode);
  try {
    for (let i = 0; i < n; i++) d.set(key(i), value(i));
  } catch (e) {
    R.heap.decref(d);
    throw e;
  } finally {
    for (let i = base; i < f.sp; i++) R.heap.decref(f.stack[i]!);
    f.sp = base;
  }
  return d;
}

/** Everything the main loop does not handle inline. */
export function slowOp(f: Frame, op: Op, arg: number): void {
  const stack = f.stack;
  const heap = R.heap;
  switch (op) {
    case Op.PUSH_EXC_INFO: {
      const exc = stack[f.sp - 1]!;
      stack[f.sp - 1] = pushExcInfo(exc);
      heap.incref(exc);
      stack[f.sp++] = exc;
      break;
    }
    case Op.POP_EXCEPT:
      popExcInfo(stack[--f.sp]!);
      break;
    case Op.POP_EXCEPT_AND_RERAISE: {
      const exc = stack[--f.sp]!;
      popExcInfo(stack[--f.sp]!);
      throw reraiseErr(exc);
    }
    case Op.RERAISE: {
      const exc = stack[--f.sp]!;
      throw reraiseErr(exc);
    }
    case Op.CHECK_EXC_MATCH: {
      const t = stack[f.sp - 1]!;
      const exc = stack[f.sp - 2]!;
      const m = excMatches(exc, t);
      stack[f.sp - 1] = m ? True : False;
      heap.incref(m ? True : False);
      heap.decref(t);
      break;
    }
    case Op.CHECK_EG_MATCH: {
      const t = stack[f.sp - 1]!;
      const exc = stack[f.sp - 2]!;
      checkExceptStarType(t);
      const [match, rest] = exceptionGroupMatch(exc, typeMatcher(t));
      heap.decref(t);
      if (match === None) {
        heap.decref(rest);
        stack[f.sp - 1] = match;
        return;
      }
      stack[f.sp - 2] = rest;
      stack[f.sp - 1] = match;
      // PyErr_SetExcInfo: the match is the handled exception until POP_EXCEPT ends the statement.
      const old = VM.handled;
      heap.incref(match);
      VM.handled = match;
      if (old !== null) heap.decref(old);
      heap.decref(exc);
      return;
    }
    case Op.PREP_RERAISE_STAR: {
      const list = stack[--f.sp] as PyList;
      const orig = stack[f.sp - 1]!;
      const r = prepReraiseStar(orig, list);
      heap.decref(list);
      heap.decref(orig);
      // The RERAISE that follows adds no traceback entry for this frame, nor does POP_EXCEPT's restore of the handled exception.
      stack[f.sp - 1] = r;
      return;
    }
    case Op.BUILD_MAP: {
      const base = f.sp - 2 * arg;
      const d = dictFromItems(f, base, arg, (i) => stack[base + 2 * i]!, (i) => stack[base + 2 * i + 1]!);
      stack[f.sp++] = d;
      return;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = stack[--f.sp] as PyTuple;
      const base = f.sp - arg;
      try {
        const d = dictFromItems(f, base, arg, (i) => keys.items[i], (i) => stack[base + i]!);
        stack[f.sp++] = d;
      } finally {
        heap.decref(keys);
      }
      return;
    }
    case Op.MAP_ADD: {
      const v = stack[--f.sp]!;
      const k = stack[--f.sp]!;
      try {
        (stack[f.sp - arg] as PyDict).set(k, v);
      } finally {
        heap.decref(k);
        heap.decref(v);
      }
      return;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const src = stack[--f.sp]!;
      try {
        mergeMapping(stack[f.sp - arg] as PyDict, src, op === Op.DICT_MERGE ? stack[f.sp - arg - 2]! : null);
      } finally {
        heap.decref(src);
      }
      return;
    }
    case Op.BUILD_MAP_UNPACK_WITH_CALL: {
      // 3.8 ceval.c: a new dict merges the mappings bottom first, then they go top first.
      const sum = newDict();
      try {
        for (let i = arg; i > 0; i--) mergeMapping(sum, stack[f.sp - i]!, stack[f.sp - arg - 2]!);
      } catch (e) {
        heap.decref(sum);
        throw e;
      }
      while (arg-- > 0) heap.decref(stack[--f.sp]!);
      stack[f.sp++] = sum;
      return;
    }
    case Op.LIST_EXTEND: {
      const src = stack[--f.sp]!;
      try {
        if (!abs.canIterate(src)) throw starNotIterable(f, arg, src);
        listExtend(stack[f.sp - arg] as PyList, src);
      } finally {
        heap.decref(src);
      }
      return;
    }
    case Op.BUILD_SET:
      buildSet(f, arg);
      return;
    case Op.SET_ADD:
      setAdd(f, arg);
      return;
    case Op.SET_UPDATE:
      setUpdate(f, arg);
      return;
    case Op.BUILD_SLICE:
      buildSlice(f, arg);
      return;
    case Op.BUILD_STRING: {
      const base = f.sp - arg;
      let s = '';
      for (let i = base; i < f.sp; i++) s += (stack[i] as PyStr).value;
      // _PyUnicode_JoinArray makes the result first; then the pieces go, the last one first.
      const r = newStrObject(s);
      for (let i = f.sp - 1; i >= base; i--) heap.decref(stack[i]!);
      f.sp = base;
      stack[f.sp++] = r;
      return;
    }
    case Op.FORMAT_VALUE:
      formatValue(f, arg);
      return;
    case Op.GET_LEN:
      return getLen(f);
    case Op.MATCH_CLASS:
      return matchClassOp(f, arg);
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
      return matchKind(f, op === Op.MATCH_MAPPING);
    case Op.MATCH_KEYS:
      return matchKeysOp(f);
    case Op.UNPACK_SEQUENCE:
      return unpack(f, arg, -1);
    case Op.UNPACK_EX:
      return unpack(f, arg & 0xff, arg >> 8);
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: {
      const v = stack[--f.sp]!;
      if ((v === None) === (op === Op.POP_JUMP_IF_NONE)) f.pc = arg;
      heap.decref(v);
      return;
    }
    case Op.MAKE_FUNCTION: {
      const code = stack[--f.sp] as PyCode;
      const fn = newFunction(code, f.globals);
      // PyFunction_NewWithQualName: func_doc holds the docstring, or None, from the start.
      const doc = code.consts[0];
      fn.doc = abs.incref(doc instanceof PyStr && code.flags & CO_HAS_DOC ? doc : None);
      heap.decref(code);
      if (arg & 8) fn.closure = stack[--f.sp] as PyTuple;
      if (arg & 4) fn.annotations = stack[--f.sp]!;
      if (arg & 2) fn.kwdefaults = stack[--f.sp] as PyDict;
      if (arg & 1) fn.defaults = stack[--f.sp] as PyTuple;
      stack[f.sp++] = fn;
      return;
    }
    case Op.LOAD_BUILD_CLASS:
      stack[f.sp++] = buildClass(f.builtins);
      return;
    case Op.LOAD_ASSERTION_ERROR:
      R.heap.incref(AssertionError);
      stack[f.sp++] = AssertionError;
      return;
    case Op.BEFORE_WITH: {
      const cm = stack[f.sp - 1]!;
      const enter = typeLookup(cm.ob_type, '__enter__');
      const exit = typeLookup(cm.ob_type, '__exit__');
      if (enter === null || exit === null) {
        // 3.8-3.10 SETUP_WITH: special_lookup raises AttributeError naming the missing method.
        if (R.minor <= 10) throw attributeError(enter === null ? '__enter__' : '__exit__');
        throw typeError(`'${cm.ob_type.tp_name}' object does not support the context manager protocol`);
      }
      // _PyObject_LookupSpecial: the type's __exit__, bound; the instance's __getattribute__ is not asked.
      const exitBound = abs.lookupSpecial(cm, '__exit__')!;
      let res: PyObject;
      try {
        res = abs.call(enter, [cm]);
      } finally {
        // BEFORE_WITH (SETUP_WITH to 3.10) has put the bound __exit__ in the manager's place
        // before __enter__ runs: an __enter__ that raises leaves it there for the unwinding.
        stack[f.sp - 1] = exitBound;
        heap.decref(cm);
      }
      stack[f.sp++] = res;
      return;
    }
    case Op.CALL_EXIT_NONE: {
      const exit = stack[--f.sp]!;
      try {
        heap.decref(abs.call(exit, [None, None, None]));
      } finally {
        heap.decref(exit);
      }
      return;
    }
    case Op.WITH_EXCEPT_START: {
      const exc = stack[f.sp - 1]!;
      const exit = stack[f.sp - 3]!;
      stack[f.sp++] = abs.call(exit, [exc.ob_type, exc, None]);
      return;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const o = stack[f.sp - 1]!;
      if (!(o instanceof PyGenerator)) {
        stack[f.sp - 1] = abs.getIter(o);
        heap.decref(o);
      }
      return;
    }
    case Op.SEND: {
      const v = stack[--f.sp]!;
      const recv = stack[f.sp - 1]!;
      let r: PyObject | null;
      try {
        // SEND: a generator is resumed; another iterator's tp_iternext is called itself, so the
        // StopIteration it leaves set gives its value (_PyGen_FetchStopIterationValue).
        const tpNext = recv.ob_type.tp_iternext;
        r = recv instanceof PyGenerator ? genSend(recv, v === None ? null : v) : tpNext !== undefined ? tpNext(recv) : abs.iterNext(recv);
      } catch (e) {
        heap.decref(v);
        if (errorMatches(e, StopIteration)) {
          const se = e.exc as PyBaseException;
          const value = stopIterationValue(se);
          heap.decref(se);
          f.sp--;
          heap.decref(recv);
          stack[f.sp++] = value;
          f.pc = arg;
          return;
        }
        throw e;
      }
      heap.decref(v);
      if (r === null) {
        const stop = abs.takePendingStop(recv) as PyBaseException | null;
        const value = stopIterationValue(stop);
        if (stop !== null) heap.decref(stop);
        f.sp--;
        heap.decref(recv);
        stack[f.sp++] = value;
        f.pc = arg;
        return;
      }
      stack[f.sp++] = r;
      return;
    }
    case Op.IMPORT_NAME: {
      const fromlist = stack[--f.sp]!;
      const level = stack[--f.sp]!;
      heap.decref(fromlist);
      heap.decref(level);
      stack[f.sp++] = importName((f.code.names[arg] as PyStr).value);
      return;
    }
    case Op.IMPORT_FROM: {
      const v = importFrom(stack[f.sp - 1]!, (f.code.names[arg] as PyStr).value);
      stack[f.sp++] = v;
      return;
    }
    case Op.IMPORT_STAR:
      throw unsupported('from ... import *');
    default:
      throw new RunStop('unsupported', `the instruction ${OP_NAMES[op] ?? op} is not implemented yet`);
  }
}
