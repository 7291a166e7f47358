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
import { R } from '../state';

/** _frozen_importlib.BuiltinImporter: a class CPython never instantiates (its methods are classmethods). */
export const builtinImporter = readyType(new PyType(null, '_frozen_importlib.BuiltinImporter'));

let specClass: PyType | null = null;
/** BuiltinImporter._ORIGIN, the constant 'built-in' of its class body. */
let builtinOrigin: PyStr | null = null;

export function resetModuleSpecs(): void {
  specClass = null;
  builtinOrigin = null;
}

function setAttr(o: PyObject, name: string, v: PyObject): void {
  const k = internStr(name);
  abs.setAttr(o, k, v);
  R.heap.decref(k);
}

/**
 * The class, made at start-up (before any script line), and the specs _bootstrap._setup gives
 * the modules loaded before it (sys and builtins here). CPython's start-up imports more
 * modules through _load_unlocked, whose specs take `_initializing`: the last spec made here
 * does too (and is dropped), so the class's shared keys hold the same eight or nine names.
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
  specClass = typeNew(typeType, 'ModuleSpec', bases, ns);
  R.heap.decref(bases);
  R.heap.decref(ns);
  builtinOrigin = newStr('built-in');
  const loaded = newModuleSpec(internStr('_frozen_importlib_external'), None);
  markInitializing(loaded, true);
  markInitializing(loaded, false);
  R.heap.decref(loaded);
}

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
  setAttr(spec, 'origin', builtinOrigin!);
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

/** The class, for the transient objects the import machinery makes (its name in messages). */
export function moduleSpecType(): PyType {
  if (specClass === null) throw new Error('ModuleSpec used before start-up made it');
  return specClass;
}
