// importlib's ModuleSpec (Lib/importlib/_bootstrap.py): the class _frozen_importlib defines at
// start-up and its instances, one per imported module, with the attributes its __init__ sets
// in CPython's order, so that their shared keys, values and dicts are laid out as CPython's.
import * as abs from '../objects/abstract';
import { newDict } from '../objects/dict';
import { newList } from '../objects/list';
import { PyObject, PyType } from '../objects/object';
import { False, None, True } from '../objects/singletons';
import { internStr, newStr, PyStr } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { newInstance } from '../objects/classes';
import { readyType, typeType } from '../objects/typeobject';
import { typeNew } from '../objects/typenew';
import { madeAtStartup } from '../objects/heaptype';
import { R } from '../state';

/** _frozen_importlib.BuiltinImporter: a class CPython never instantiates (its methods are classmethods). */
export const builtinImporter = readyType(new PyType(null, '_frozen_importlib.BuiltinImporter'));
// A class statement of _bootstrap.py: a heap type, which the collector tracks.
builtinImporter.startupHeapTypeSince = 8;

let specClass: PyType | null = null;
/** The instances' attribute names, which the class's shared (cached) keys hold for good, and spec_from_loader's keyword. */
let keyNames: PyStr[] = [];
const KEY_NAMES = ['is_package', 'name', 'loader', 'origin', 'loader_state', 'submodule_search_locations', '_uninitialized_submodules', '_set_fileattr', '_cached', '_initializing'];
/** BuiltinImporter._ORIGIN, the constant 'built-in' of its class body. */
let origin: PyStr | null = null;

export function builtinOrigin(): PyStr {
  if (origin === null) throw new Error('BuiltinImporter used before start-up made it');
  return origin;
}

export function resetModuleSpecs(): void {
  specClass = null;
  origin = null;
  keyNames = [];
}

/** The str object importlib's code holds for one of KEY_NAMES (borrowed). */
export function specName(name: string): PyStr {
  return keyNames[KEY_NAMES.indexOf(name)];
}

/** Store an attribute under the class's own key object for the name (PyObject_SetAttr of a code constant). */
function setAttr(o: PyObject, name: string, v: PyObject): void {
  abs.setAttr(o, specName(name), v);
}

/**
 * The class, made at start-up (before any script line). CPython's start-up imports some
 * thirty modules (len(sys.modules) is 32-35 after site) through _load_unlocked, each with a
 * spec that took `_initializing`: as many specs are made (and dropped) here, so that the
 * class's shared keys hold the same names (eight; nine from 3.11) and (3.11+) each new instance has lowered
 * their usable count as far as CPython's had (Objects/dictobject.c _PyObject_InitInlineValues).
 */
export function initModuleSpecs(): void {
  const ns = newDict();
  const put = (k: string, v: PyObject): void => {
    const key = internStr(k);
    ns.set(key, v);
    R.heap.decref(key);
    R.heap.decref(v);
  };
  put('__module__', internStr('_frozen_importlib'));
  put('__qualname__', internStr('ModuleSpec'));
  const bases = newTuple([]);
  const name = internStr('ModuleSpec');
  specClass = typeNew(typeType, name, bases, ns);
  madeAtStartup(specClass);
  R.heap.decref(name);
  R.heap.decref(bases);
  R.heap.decref(ns);
  origin = newStr('built-in');
  keyNames = KEY_NAMES.map((k) => internStr(k));
  for (let i = 0; i < STARTUP_IMPORTS; i++) {
    const loaded = newModuleSpec(internStr('encodings'), None);
    markInitializing(loaded, true);
    markInitializing(loaded, false);
    R.heap.decref(loaded);
  }
}

/** The modules CPython's start-up loads through _load_unlocked, about (more than the 29 that exhaust the usable count). */
const STARTUP_IMPORTS = 30;

/**
 * ModuleSpec(name, loader, origin=..., is_package=False) as BuiltinImporter.find_spec makes it
 * (spec_from_loader): ModuleSpec.__init__'s stores in order. Steals `name`; loader is borrowed
 * (BuiltinImporter for a builtin module).
 */
export function newModuleSpec(name: PyStr, loader: PyObject = builtinImporter): PyObject {
  if (specClass === null) throw new Error('ModuleSpec used before start-up made it');
  const spec = newInstance(specClass);
  setAttr(spec, 'name', name);
  R.heap.decref(name);
  setAttr(spec, 'loader', loader);
  setAttr(spec, 'origin', builtinOrigin());
  setAttr(spec, 'loader_state', None);
  setAttr(spec, 'submodule_search_locations', None);
  // 3.11.7 and 3.12 added the list of submodules still being imported (gh-104799's backport).
  if (R.minor >= 11) {
    const l = newList();
    setAttr(spec, '_uninitialized_submodules', l);
    R.heap.decref(l);
  }
  setAttr(spec, '_set_fileattr', False);
  setAttr(spec, '_cached', None);
  return spec;
}

/** _load_unlocked: spec._initializing = True before the module runs, False after. */
export function markInitializing(spec: PyObject, on: boolean): void {
  setAttr(spec, '_initializing', on ? True : False);
}
