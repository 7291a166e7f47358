// Module objects (Objects/moduleobject.c): a name and a namespace dict.
import { R } from '../state';
import { newDict, PyDict } from './dict';
import { findNameInMro, methodCacheLookup, PyObject, PyType } from './object';
import { setAttrInDict } from './dict-holder';
import { internStr, newStr, PyStr, strType } from './str';
import { readyType } from './typeobject';
import { argTypeName, params } from './args';
import { defGetSet } from './getset';
import { attributeError, typeError } from './exceptions';
import { None } from './singletons';

export class PyModule extends PyObject {
  constructor(
    type: PyType,
    readonly name: string,
    readonly md_dict: PyDict,
    /** A module the runtime provides (repr "(built-in)"); false for one a script made with ModuleType(name). */
    readonly builtin = true,
  ) {
    super(type);
  }
  /** md_name: module_init_dict keeps a reference to an exact str name (for messages once the dict is cleared). */
  md_name: PyStr | null = null;
  /** A name CPython's module has and the model's lacks: looking it up stops the run (modules/collections.ts). */
  notModelled: ((name: string) => void) | null = null;
}

export const moduleType = readyType(new PyType(null, 'module'), undefined, { gc: true });
moduleType.tp_sizeof = () => 56;
const OBJ_BYTES = 72;

export function newModule(name: string): PyModule {
  const d = newDict();
  const m = R.heap.newObject(new PyModule(moduleType, name, d), OBJ_BYTES, 16);
  const k = internStr('__name__');
  const v = internStr(name);
  d.set(k, v);
  R.heap.decref(k);
  R.heap.decref(v);
  return m;
}

/**
 * importlib's loader of the script, only so that __main__ holds a __loader__: the runtime
 * neither loads nor reloads through it.
 */
const sourceFileLoaderType = readyType(new PyType(null, '_frozen_importlib_external.SourceFileLoader'));

let builtinsMod: PyModule | null = null;

/** The builtins module over the run's builtins dict (import builtins gives the same one). */
export function builtinsModule(builtins: PyDict): PyModule {
  if (builtinsMod === null || builtinsMod.md_dict !== builtins) {
    builtinsMod = R.heap.newStatic(new PyModule(moduleType, 'builtins', builtins), OBJ_BYTES);
    builtinsMod.ob_refcnt = 1 << 20;
    const k = internStr('__name__');
    if (builtins.getStr(k) === null) {
      const v = internStr('builtins');
      builtins.set(k, v);
      R.heap.decref(v);
    }
    R.heap.decref(k);
  }
  return builtinsMod;
}

/**
 * The __main__ namespace as CPython's runpy-less start-up leaves it (pymain_run_file):
 * the nine names of 3.8-3.13 in a 16-slot table, so that the script's own names resize it
 * at the 11th and 22nd entries as they do in CPython (measured with sys.getsizeof(globals())).
 */
export function newMainModule(builtins: PyDict, filename: string): PyModule {
  const main = newModule('__main__');
  const d = main.md_dict;
  /** Store a borrowed value, or a new one (owned) whose reference the dict takes over. */
  const put = (name: string, v: PyObject, owned = false): void => {
    const k = internStr(name);
    d.set(k, v);
    R.heap.decref(k);
    if (owned) R.heap.decref(v);
  };
  put('__doc__', None);
  put('__package__', None);
  // An instance of a class of _bootstrap_external.py: a tracked GC object, left where start-up's are.
  const loader = R.heap.newObject(new PyObject(sourceFileLoaderType), 16, 0);
  R.heap.gc.trackPermanent(loader);
  put('__loader__', loader, true);
  put('__spec__', None);
  put('__annotations__', newDict(), true);
  // __main__.__builtins__ is the builtins module (a static one here), whose namespace frames read.
  put('__builtins__', builtinsModule(builtins));
  put('__file__', newStr(filename), true);
  put('__cached__', None);
  d.resizeLog2(4, true);
  return main;
}

moduleType.tp_getattro = (o, name: PyStr) => {
  // module_getattro: PyObject_GenericGetAttr first, so the type's lookup takes a cache entry,
  // and a data descriptor of the type (the __dict__ member) comes before the module's dict.
  methodCacheLookup(moduleType, name);
  const descr = findNameInMro(o.ob_type, name.value);
  if (descr !== null && descr.ob_type.tp_descr_set !== undefined && descr.ob_type.tp_descr_get !== undefined) return descr.ob_type.tp_descr_get(descr, o, o.ob_type);
  const v = (o as PyModule).md_dict.getStr(name);
  if (v === null) {
    (o as PyModule).notModelled?.(name.value);
    return null;
  }
  R.heap.incref(v);
  return v;
};
// module_setattro is PyObject_GenericSetAttr: the type's data descriptors (__class__, a subclass's
// property) first, then md_dict; deleting a missing name is an AttributeError.
moduleType.tp_setattro = (o, name, v) => setAttrInDict(o, () => (o as PyModule).md_dict, name, v);
moduleType.tp_repr = (o) => {
  const m = o as PyModule;
  return newStr(m.builtin ? `<module '${m.name}' (built-in)>` : `<module '${m.name}'>`);
};

// module_members: __dict__ reads md_dict (READONLY).
defGetSet(
  moduleType,
  '__dict__',
  (o) => {
    R.heap.incref((o as PyModule).md_dict);
    return (o as PyModule).md_dict;
  },
  // A READONLY member in CPython: PyMember_SetOne's message.
  () => {
    throw attributeError('readonly attribute');
  },
);

/**
 * ModuleType(name, doc=None): new_module makes the object and its dict, module___init___impl
 * fills the dict (module_init_dict: __name__, __doc__, __package__, __loader__, __spec__).
 */
moduleType.tp_new = (t, args, kwnames) => {
  const [name, doc] = params('module', args, kwnames, ['name', 'doc']);
  if (name === undefined) throw typeError("module() missing required argument 'name' (pos 1)");
  if (!(name instanceof PyStr)) throw typeError(`module() argument 'name' must be str, not ${argTypeName(name)}`);
  const d = newDict();
  const m = R.heap.newObject(new PyModule(t, name.value, d, false), OBJ_BYTES, 16);
  const put = (key: string, v: PyObject): void => {
    const k = internStr(key);
    d.set(k, v);
    R.heap.decref(k);
  };
  put('__name__', name);
  if (name.ob_type === strType) {
    R.heap.incref(name);
    m.md_name = name;
  }
  put('__doc__', doc ?? None);
  put('__package__', None);
  put('__loader__', None);
  put('__spec__', None);
  return m;
};
moduleType.tp_dealloc = (o) => {
  const m = o as PyModule;
  if (m.md_name !== null) R.heap.decref(m.md_name);
  R.heap.decref(m.md_dict);
  R.heap.freeObject(o, OBJ_BYTES);
};
moduleType.tp_traverse = (o, visit) => visit((o as PyModule).md_dict);
