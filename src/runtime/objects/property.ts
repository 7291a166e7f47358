// property (Objects/descrobject.c): PyType_GenericNew, then property_init, which takes the getter's
// __doc__ when no doc is given; getter/setter/deleter copies; its members and getsets.
import { vectorcall } from '../vm/calls';
import { markVarargs, minors } from './builtin-call';
import { noKw } from './args';
import { R } from '../state';
import * as abs from './abstract';
import { AttributeError, attributeError, typeError } from './exceptions';
import { errorMatches } from './error-match';
import { defMethod } from './function';
import { PyObject, typeQualname } from './object';
import { None, pyBool } from './singletons';
import { internStr, PyStr } from './str';
import { defGetSet } from './getset';
import { defStructMember } from './member-descr';
import { PyErr } from '../errors';
import { afterInherit, inVersions } from './typeobject';
import { registerBuiltin } from '../builtins';
import { checkArgs, checkedMethod, clinicKeywords, METH_O } from '../builtin-conventions';
import { descrType, newDescr, PyDescr } from './descr';

const propBytes = (): number => (R.minor >= 10 ? 80 : 72);
export const propertyType = descrType('property', propBytes);
// parts: prop_get, prop_set, prop_del, prop_doc, and 3.10's prop_name (set by __set_name__).
const GET = 0;
const DOC = 3;
const NAME = 4;

// tp_new is PyType_GenericNew: an empty property whatever the arguments.
propertyType.tp_new = (t) => newDescr(t, [null, null, null, null, null], propBytes());

function setPart(d: PyDescr, i: number, v: PyObject | null): void {
  const old = d.parts[i];
  d.parts[i] = v;
  if (old !== null) abs.decref(old);
}

/** _PyObject_LookupAttr(o, name): a new reference, or null when o has no such attribute. */
function optionalAttr(o: PyObject, attr: string): PyObject | null {
  const key = internStr(attr);
  try {
    return abs.getAttrOrNull(o, key);
  } finally {
    abs.decref(key);
  }
}

const PROPERTY_ARGS = clinicKeywords(['fget', 'fset', 'fdel', 'doc'], 0, 0, 4, 10);
propertyType.tp_init = (self, args, kwnames) => {
  // property_init (Argument Clinic): its _PyArg_Parser's first parse makes ("fget", "fset",
  // "fdel", "doc") in 3.8-3.10 (getargs.c parser_init); a 3.11 start-up has made it already.
  const buf = checkArgs('property', PROPERTY_ARGS, args, kwnames);
  const d = self as PyDescr;
  const [fget, fset, fdel] = [0, 1, 2].map((i) => (buf[i] === undefined || buf[i] === None ? null : buf[i]!));
  const doc = buf[3] ?? null;
  for (const [i, v] of [fget, fset, fdel].entries()) setPart(d, i, v === null ? null : abs.incref(v));
  d.getterDoc = false;
  if (R.minor <= 11) initDocUpTo311(d, fget, doc);
  else initDoc(d, fget, doc);
};

/** 3.8-3.11 property_init_impl: prop_doc is the doc given (None kept); without one, the getter's __doc__. */
function initDocUpTo311(d: PyDescr, fget: PyObject | null, doc: PyObject | null): void {
  setPart(d, DOC, doc === null ? null : abs.incref(doc));
  if (R.minor >= 10) setPart(d, NAME, null);
  if ((doc !== null && doc !== None) || fget === null) return;
  const getDoc = optionalAttr(fget, '__doc__');
  if (getDoc === null) return;
  if (d.ob_type === propertyType) setPart(d, DOC, getDoc);
  else {
    // A subclass's instance takes it in its dict: the class's own __doc__ would shadow prop_doc.
    setDocAttr(d, getDoc);
    abs.decref(getDoc);
  }
  d.getterDoc = true;
}

/** PyObject_SetAttr(self, &_Py_ID(__doc__), v) on a property subclass's instance. */
function setDocAttr(d: PyDescr, v: PyObject): void {
  const key = internStr('__doc__');
  try {
    abs.setAttr(d, key, v);
  } finally {
    abs.decref(key);
  }
}

/**
 * 3.12+ property_init_impl: a doc of None counts as none; a subclass's instance gets __doc__ (None
 * too) set on itself, silently dropped when it cannot take it unless the doc is the getter's (gh-98963).
 */
function initDoc(d: PyDescr, fget: PyObject | null, doc: PyObject | null): void {
  setPart(d, DOC, null);
  setPart(d, NAME, null);
  let propDoc: PyObject | null = null;
  if (doc !== null && doc !== None) propDoc = abs.incref(doc);
  else if (fget !== null) {
    propDoc = optionalAttr(fget, '__doc__');
    if (propDoc === None) {
      abs.decref(propDoc);
      propDoc = null;
    }
    if (propDoc !== null) d.getterDoc = true;
  }
  if (d.ob_type === propertyType) {
    setPart(d, DOC, propDoc);
    return;
  }
  const v = propDoc ?? abs.incref(None);
  try {
    setDocAttr(d, v);
  } catch (e) {
    if (d.getterDoc || !errorMatches(e, AttributeError)) throw e;
  } finally {
    abs.decref(v);
  }
}

/** Objects/descrobject.c property_name (3.13) / gs->prop_name (3.10-3.12): the name an
 * error message shows, or null. */
function propName(d: PyDescr): string | null {
  const name = d.parts[NAME];
  if (name instanceof PyStr) return abs.repr(name);
  if (R.minor >= 13 && d.parts[GET] !== null) {
    const n = optionalAttr(d.parts[GET], '__name__');
    if (n !== null) {
      const r = abs.repr(n);
      abs.decref(n);
      return r;
    }
  }
  return null;
}
/** property_descr_get / property_descr_set's messages, by version. */
function propError(d: PyDescr, obj: PyObject, what: 'getter' | 'setter' | 'deleter'): PyErr {
  const name = R.minor >= 10 ? propName(d) : null;
  if (R.minor >= 11) {
    return attributeError(name !== null ? `property ${name} of '${typeQualname(obj.ob_type)}' object has no ${what}` : `property of '${typeQualname(obj.ob_type)}' object has no ${what}`);
  }
  const base = what === 'getter' ? 'unreadable attribute' : what === 'setter' ? "can't set attribute" : "can't delete attribute";
  return attributeError(name !== null ? `${base} ${name}` : base);
}
propertyType.tp_descr_get = (d, obj) => {
  if (obj === null || obj === None) return abs.incref(d);
  const fget = (d as PyDescr).parts[GET];
  if (fget === null) throw propError(d as PyDescr, obj, 'getter');
  return abs.call(fget, [obj]);
};
propertyType.tp_descr_set = (d, obj, v) => {
  const [, fset, fdel] = (d as PyDescr).parts;
  if (v === null) {
    if (fdel === null) throw propError(d as PyDescr, obj, 'deleter');
    abs.decref(abs.call(fdel, [obj]));
    return;
  }
  if (fset === null) throw propError(d as PyDescr, obj, 'setter');
  abs.decref(abs.call(fset, [obj, v]));
};

// property_members: fget, fset, fdel READONLY; __doc__ writable (T_OBJECT: None when unset).
for (const [name, idx] of [
  ['fget', 0],
  ['fset', 1],
  ['fdel', 2],
] as const) {
  defStructMember(propertyType, name, (o) => abs.incref((o as PyDescr).parts[idx] ?? None), null);
}
defStructMember(
  propertyType,
  '__doc__',
  (o) => abs.incref((o as PyDescr).parts[DOC] ?? None),
  (o, v) => setPart(o as PyDescr, DOC, v === null ? null : abs.incref(v)),
);

/** _PyObject_IsAbstract: o's __isabstractmethod__ is true. */
function isAbstract(o: PyObject | null): boolean {
  if (o === null) return false;
  const v = optionalAttr(o, '__isabstractmethod__');
  if (v === null) return false;
  try {
    return abs.isTrue(v);
  } finally {
    abs.decref(v);
  }
}
defGetSet(propertyType, '__isabstractmethod__', (o) => pyBool((o as PyDescr).parts.slice(0, 3).some(isAbstract)));

// 3.13 property_get__name__ / property_set__name__: the __set_name__ name, else the getter's __name__.
defGetSet(
  propertyType,
  '__name__',
  (o) => {
    const d = o as PyDescr;
    if (d.parts[NAME] !== null) return abs.incref(d.parts[NAME]);
    const n = d.parts[GET] !== null ? optionalAttr(d.parts[GET], '__name__') : null;
    if (n === null) throw attributeError("'property' object has no attribute '__name__'");
    return n;
  },
  (o, v) => setPart(o as PyDescr, NAME, v === null ? null : abs.incref(v)),
);
afterInherit.push(() => inVersions(propertyType, '__name__', (m) => m >= 13));

// property_set_name (3.10): remembers the attribute's name for error messages.
// METH_VARARGS: keywords refused (by the bare name through cfunction_call when bound, 3.10).
defMethod(propertyType, '__set_name__', (self, a, kw) => {
  noKw('property.__set_name__', kw);
  if (a.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${a.length} were given`);
  setPart(self as PyDescr, NAME, abs.incref(a[1]));
  return abs.incref(None);
});
afterInherit.push(() => inVersions(propertyType, '__set_name__', (m) => m >= 10));
markVarargs(propertyType, ['__set_name__'], minors(10));

/**
 * property_copy: type(self)(fget, fset, fdel, doc) with one accessor replaced; doc None when the
 * old doc was its getter's and a getter is passed, so the new one's __doc__ is taken. 3.10+ keep the name.
 */
function propertyCopy(old: PyDescr, idx: number, f: PyObject): PyObject {
  const accessors = old.parts.slice(0, 3).map((p, i) => (i === idx && f !== None ? f : (p ?? None)));
  const doc = old.getterDoc && accessors[GET] !== None ? None : (old.parts[DOC] ?? None);
  const t = abs.incref(old.ob_type);
  let made: PyObject;
  try {
    // PyObject_CallFunctionObjArgs: the type has no vectorcall, so its arguments go in a tuple.
    made = vectorcall(t, [...accessors, doc], null);
  } finally {
    abs.decref(t);
  }
  if (R.minor >= 10 && made instanceof PyDescr && abs.isInstance(made, propertyType)) {
    const name = old.parts[NAME];
    setPart(made, NAME, name === null ? null : abs.incref(name));
  }
  return made;
}
for (const [name, idx] of [
  ['getter', 0],
  ['setter', 1],
  ['deleter', 2],
] as const) {
  // METH_O (property_getter and the others).
  defMethod(propertyType, name, checkedMethod(`property.${name}`, METH_O, (self, a) => propertyCopy(self as PyDescr, idx, a[0])));
}

registerBuiltin(propertyType.tp_name, () => abs.incref(propertyType));
