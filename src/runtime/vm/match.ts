// The match statement's instructions (Python/ceval.c GET_LEN, MATCH_CLASS, MATCH_MAPPING,
// MATCH_SEQUENCE, MATCH_KEYS and their helpers match_class / match_keys, 3.11).
import { PyErr } from '../errors';
import * as abs from '../objects/abstract';
import { bytearrayType } from '../objects/bytearray';
import { bytesType } from '../objects/bytes';
import { dictType } from '../objects/dict';
import { AttributeError, pyError, typeError, ValueError } from '../objects/exceptions';
import { floatType } from '../objects/float';
import { intType, newInt } from '../objects/int';
import { listAppend, listType, newList, PyList } from '../objects/list';
import { isSubtype, PyObject, PyType, typeLookup } from '../objects/object';
import { rangeType } from '../objects/range';
import { frozensetType, newSet, PySet, setType } from '../objects/set';
import { boolType, False, None, True } from '../objects/singletons';
import { cIdentifier, newStr, PyStr, staticId, strType } from '../objects/str';
import { newTuple, PyTuple, tupleNew, tupleType } from '../objects/tuple';
import { genericGetAttr, objectType } from '../objects/typeobject';
import { R } from '../state';
import { Frame } from './frame';
import { clearError as dropError, errorMatches } from '../objects/error-match';

/** The builtins with _Py_TPFLAGS_MATCH_SELF: `case int(x)` binds the subject itself. */
const MATCH_SELF = (): PyType[] => [boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];
/** Py_TPFLAGS_SEQUENCE types (str, bytes and bytearray are not among them). */
const SEQUENCES = (): PyType[] => [listType, tupleType, rangeType];

function hasFlag(t: PyType, types: PyType[]): boolean {
  return t.tp_mro.some((b) => types.includes(b));
}

/** [o] -> [o, len(o)] */
export function getLen(f: Frame): void {
  const n = abs.length(f.stack[f.sp - 1]!);
  f.stack[f.sp++] = newInt(n);
}

/** MATCH_SEQUENCE / MATCH_MAPPING: [subject] -> [subject, bool]. */
export function matchKind(f: Frame, mapping: boolean): void {
  const t = f.stack[f.sp - 1]!.ob_type;
  const r = hasFlag(t, mapping ? [dictType] : SEQUENCES()) ? True : False;
  R.heap.incref(r);
  f.stack[f.sp++] = r;
}

/** MATCH_CLASS nargs: [subject, type, names] -> [attributes tuple or None]. */
export function matchClassOp(f: Frame, nargs: number): void {
  const names = f.stack[--f.sp] as PyTuple;
  const type = f.stack[--f.sp]!;
  const subject = f.stack[f.sp - 1]!;
  let attrs: PyObject | null;
  try {
    attrs = matchClass(subject, type, nargs, names.items as PyStr[]);
  } finally {
    R.heap.decref(names);
    R.heap.decref(type);
  }
  if (attrs === null) {
    R.heap.incref(None);
    attrs = None;
  }
  f.stack[f.sp - 1] = attrs;
  R.heap.decref(subject);
}

function isAttributeError(e: unknown): e is PyErr {
  return errorMatches(e, AttributeError);
}

/**
 * ceval.c match_class: the attributes the sub-patterns match, or null when the class does not
 * match. Past the isinstance check it makes a set of the names seen and a list of the attributes,
 * sub-patterns or not; a match turns the list into the tuple, then drops the list and the set.
 */
function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: PyStr[]): PyObject | null {
  if (!(type instanceof PyType)) throw typeError(R.minor >= 12 ? 'called match pattern must be a class' : 'called match pattern must be a type');
  if (!isSubtype(subject.ob_type, type)) return null;
  const seen = newSet();
  const attrs = newList();
  const append = (a: PyObject): void => {
    listAppend(attrs, a);
    R.heap.decref(a);
  };
  try {
    if (nargs > 0) {
      let matchSelf = false;
      let matchArgs: PyObject[] = [];
      let held: PyObject | null = null;
      try {
        // 3.10-3.12 PyObject_GetAttrString makes a new str each time; 3.13 uses _Py_ID (ceval.c _PyEval_MatchClass).
        const key = R.minor >= 13 ? staticId('__match_args__') : newStr('__match_args__');
        try {
          held = abs.getAttrOrNull(type, key);
        } finally {
          R.heap.decref(key);
        }
      } catch (e) {
        if (!isAttributeError(e)) throw e;
        dropError(e);
      }
      // _Py_TPFLAGS_MATCH_SELF only counts when the type does not define __match_args__.
      if (held === null) matchSelf = hasFlag(type, MATCH_SELF());
      try {
        if (held !== null) {
          if (held.ob_type !== tupleType) {
            throw typeError(`${type.tp_name}.__match_args__ must be a tuple (got ${held.ob_type.tp_name})`);
          }
          matchArgs = (held as PyTuple).items;
        }
        const allowed = matchSelf ? 1 : matchArgs.length;
        if (allowed < nargs) {
          throw typeError(`${type.tp_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
        }
        if (matchSelf) {
          listAppend(attrs, subject);
        } else {
          for (let i = 0; i < nargs; i++) {
            const name = matchArgs[i];
            if (name.ob_type !== strType) throw typeError(`__match_args__ elements must be strings (got ${name.ob_type.tp_name})`);
            const a = matchClassAttr(subject, type, name as PyStr, seen);
            if (a === null) return fail(seen, attrs);
            append(a);
          }
        }
      } finally {
        if (held !== null) R.heap.decref(held);
      }
    }
    for (const name of kwargs) {
      const a = matchClassAttr(subject, type, name, seen);
      if (a === null) return fail(seen, attrs);
      append(a);
    }
  } catch (e) {
    fail(seen, attrs);
    throw e;
  }
  // Py_SETREF(attrs, PyList_AsTuple(attrs)); Py_DECREF(seen).
  const t = newTuple(attrs.items.map((x) => abs.incref(x)));
  R.heap.decref(attrs);
  R.heap.decref(seen);
  return t;
}

/** match_class's fail: the set, then the list. */
function fail(seen: PySet, attrs: PyList): null {
  R.heap.decref(seen);
  R.heap.decref(attrs);
  return null;
}

function matchClassAttr(subject: PyObject, type: PyType, name: PyStr, seen: PySet): PyObject | null {
  const h = abs.hash(name);
  if (seen.find(name, h) >= 0) throw typeError(`${type.tp_name}() got multiple sub-patterns for attribute ${abs.repr(name)}`);
  seen.add(name, h);
  try {
    return abs.getAttrOrNull(subject, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    dropError(e);
    return null;
  }
}

/** MATCH_KEYS: [subject, keys] -> [subject, keys, values tuple or None] (ceval.c match_keys). */
export function matchKeysOp(f: Frame): void {
  const keys = (f.stack[f.sp - 1] as PyTuple).items;
  const map = f.stack[f.sp - 2]!;
  f.stack[f.sp++] = matchKeys(map, keys);
}

function matchKeys(map: PyObject, keys: PyObject[]): PyObject {
  if (keys.length === 0) return newTuple([]);
  // map.get(key, dummy): no KeyError handling, and no __missing__ (defaultdict) is called.
  // 3.11+ _PyObject_GetMethod calls a plain method unbound; 3.10 _PyObject_GetAttrId binds it.
  let get: PyObject;
  let self: PyObject[] = [];
  const descr = R.minor >= 11 && map.ob_type.tp_getattro === genericGetAttr ? typeLookup(map.ob_type, 'get') : null;
  if (descr !== null && descr.ob_type.tp_flags_method_descriptor && map.dict?.get('get') === undefined) {
    R.heap.incref(descr);
    get = descr;
    self = [map];
  } else {
    const getName = cIdentifier('get', 'match_keys:get');
    try {
      get = abs.getAttr(map, getName);
    } finally {
      R.heap.decref(getName);
    }
  }
  // The keys seen so far, a set; then dummy = object(); then the values: 3.10 appends them to a
  // list it turns into a tuple at the end, 3.11+ fills a tuple made first (freed on a miss).
  let seen: PySet | null = null;
  let dummy: PyObject | null = null;
  let values: PyList | PyTuple | null = null;
  try {
    seen = newSet();
    dummy = abs.call(objectType, []);
    values = R.minor >= 11 ? tupleNew(keys.length) : newList();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const h = abs.hash(key);
      if (seen.find(key, h) >= 0 || !seen.add(key, h)) throw pyError(ValueError, `mapping pattern checks duplicate key (${abs.repr(key)})`);
      const v = abs.call(get, [...self, key, dummy]);
      if (v === dummy) {
        R.heap.decref(v);
        R.heap.decref(values);
        values = null;
        R.heap.incref(None);
        return None;
      }
      if (values instanceof PyList) {
        listAppend(values, v);
        R.heap.decref(v);
      } else values.items[i] = v;
    }
    if (values instanceof PyList) {
      const t = newTuple(values.items.map((x) => abs.incref(x)));
      R.heap.decref(values);
      values = t;
    }
    const done = values;
    values = null;
    return done;
  } finally {
    R.heap.decref(get);
    if (seen !== null) R.heap.decref(seen);
    if (dummy !== null) R.heap.decref(dummy);
    // Only when an error left it (fail:).
    if (values !== null) R.heap.decref(values);
  }
}
