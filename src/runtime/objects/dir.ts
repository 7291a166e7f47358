// dir() (Python/bltinmodule.c builtin_dir, Objects/object.c _dir_locals, _dir_object) and the
// __dir__ of object, type (Objects/typeobject.c object___dir___impl, type___dir___impl,
// merge_class_dict) and module (Objects/moduleobject.c module_dir), with their temporaries.
import { checkedMethod, METH_NOARGS } from '../builtin-conventions';
import * as abs from './abstract';
import { typeError } from './exceptions';
import { defMethod } from './function';
import { PyObject, PyType } from './object';
import { cIdentifier } from './str';
import { objectType, typeType } from './typeobject';
import { newDict, PyDict } from './dict';
import { dictCopy, dictKeysList, dictMerge } from './dict-methods';
import { PyList } from './list';
import { sequenceList } from './sequence';
import { listSort } from './sort';
import { moduleType } from './module';
import { PyTuple } from './tuple';
import { exactly, noKw } from './args';

/** _dir_object: the type's __dir__, bound and called, its result copied into a list and sorted. */
export function dirObject(o: PyObject): PyList {
  const dirfunc = abs.lookupSpecial(o, '__dir__');
  if (dirfunc === null) throw typeError('object does not provide __dir__');
  let result: PyObject;
  try {
    result = abs.call(dirfunc, []);
  } finally {
    abs.decref(dirfunc);
  }
  let sorted: PyList;
  try {
    sorted = sequenceList(result);
  } finally {
    abs.decref(result);
  }
  try {
    listSort(sorted, null, false);
  } catch (e) {
    abs.decref(sorted);
    throw e;
  }
  return sorted;
}

/** merge_class_dict: PyDict_Update with aclass.__dict__ (a mappingproxy), then each of aclass.__bases__. */
function mergeClassDict(dict: PyDict, aclass: PyObject): void {
  const classdict = abs.lookupAttrId(aclass, '__dict__');
  if (classdict !== null) {
    try {
      dictMerge(dict, classdict, 1);
    } finally {
      abs.decref(classdict);
    }
  }
  const bases = abs.lookupAttrId(aclass, '__bases__');
  if (bases === null) return;
  try {
    const items = bases instanceof PyTuple ? bases.items : [];
    for (const base of items) mergeClassDict(dict, base);
  } finally {
    abs.decref(bases);
  }
}

// object___dir___impl: a copy of __dict__ (a new dict when there is none), the class's
// attributes merged in, and the keys of that.
defMethod(objectType, '__dir__', checkedMethod('object.__dir__', METH_NOARGS, (self) => {
  const found = abs.lookupAttrId(self, '__dict__');
  let dict: PyDict;
  if (found === null) dict = newDict();
  else if (!(found instanceof PyDict)) {
    abs.decref(found);
    dict = newDict();
  } else {
    try {
      dict = dictCopy(found);
    } finally {
      abs.decref(found);
    }
  }
  try {
    const itsclass = abs.lookupAttrId(self, '__class__');
    if (itsclass !== null) {
      try {
        mergeClassDict(dict, itsclass);
      } finally {
        abs.decref(itsclass);
      }
    }
    return dictKeysList(dict);
  } finally {
    abs.decref(dict);
  }
}));

// type___dir___impl: the class's attributes and its bases', not the metaclass's.
defMethod(typeType, '__dir__', checkedMethod('type.__dir__', METH_NOARGS, (self) => {
  const dict = newDict();
  try {
    mergeClassDict(dict, self as PyType);
    return dictKeysList(dict);
  } finally {
    abs.decref(dict);
  }
}));

// module_dir: the module's own __dir__ when its dict has one, else the dict's keys.
defMethod(moduleType, '__dir__', (self, a, kw) => {
  noKw('__dir__', kw);
  exactly('__dir__', a, 0);
  // PyObject_GetAttr(self, "__dict__"): the md_dict member module_getattro finds on the type.
  const dict = abs.lookupAttrId(self, '__dict__') as PyDict;
  const key = cIdentifier('__dir__');
  try {
    const dirfunc = dict.getStr(key);
    if (dirfunc !== null) return abs.call(dirfunc, []);
    return dictKeysList(dict);
  } finally {
    abs.decref(key);
    abs.decref(dict);
  }
});
