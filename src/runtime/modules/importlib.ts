// What CPython's import machinery allocates around a builtin module (Python/import.c and
// Lib/importlib/_bootstrap.py): the spec, the module attributes _init_module_attrs sets, and
// the short-lived argument tuples, dicts and AttributeErrors that its Python code makes on the way.
import * as abs from '../objects/abstract';
import { newDict, newDictPresized } from '../objects/dict';
import { AttributeError, pyError } from '../objects/exceptions';
import { PyModule } from '../objects/module';
import { PyObject } from '../objects/object';
import { False, None } from '../objects/singletons';
import { internStr, newStr, PyStr } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { R } from '../state';
import { acquire, dropModuleLock, newModuleLock, release } from './locks';
import { builtinImporter, builtinOrigin, markInitializing, newModuleSpec, specName } from './spec';

/**
 * An AttributeError raised and cleared inside the machinery. Its message is made in every
 * version; 3.10 and 3.11 also normalize it (set_attribute_error_context, Objects/object.c),
 * which makes the exception and its one-item args tuple (freed onto the tuple free list).
 */
function clearedAttributeError(message: string, normalized: boolean): void {
  if (normalized) {
    abs.decref(pyError(AttributeError, message).exc);
    return;
  }
  abs.decref(newStr(message));
}

/**
 * _PyObject_LookupAttr(module, name) of a name the module lacks (getattr(module, '__path__',
 * None) in _init_module_attrs; the fromlist check of PyImport_ImportModuleLevelObject): up to
 * 3.11 module_getattro's PyObject_GenericGetAttr fails (normalized from 3.10), then it
 * raises its own "module 'x' has no attribute" error; from 3.12 _Py_module_getattro_impl
 * is told to suppress it and makes nothing.
 */
export function moduleLacks(m: PyModule, name: string): void {
  if (R.minor >= 12) return;
  clearedAttributeError(`'module' object has no attribute '${name}'`, R.minor >= 10);
  clearedAttributeError(`module '${m.name}' has no attribute '${name}'`, false);
}

/**
 * import_ensure_initialized (Python/import.c) on a module already in sys.modules: up to 3.11
 * _PyModuleSpec_IsInitializing asks __spec__._initializing with PyObject_GetAttr, which raises
 * for the modules start-up loaded without _load_unlocked (sys, builtins); 3.12 looks it up
 * without raising (_PyObject_LookupAttr).
 */
export function ensureInitialized(fromSetup: boolean): void {
  if (R.minor >= 12 || !fromSetup) return;
  clearedAttributeError(`'ModuleSpec' object has no attribute '_initializing'`, R.minor >= 10);
}

/** _call_with_frames_removed(f, *args, **kwds): its args tuple and empty kwds dict, made before f runs. */
function callWithFramesRemoved<T>(args: PyObject[], f: () => T): T {
  for (const a of args) abs.incref(a);
  const packed = newTuple(args);
  const kwds = newDict();
  try {
    return f();
  } finally {
    abs.decref(kwds);
    abs.decref(packed);
  }
}

/**
 * _find_and_load(name) of a builtin module (3.8-3.13): the module lock, BuiltinImporter.find_spec's
 * ModuleSpec, create_builtin (make), _init_module_attrs, exec_builtin (exec) and the verbose
 * message's arguments. make returns the new module with its functions; exec adds what the
 * module's exec slot (or, single-phase, nothing: make did it) adds. Not modelled: the
 * _ModuleLock and _ModuleLockManager instances and weakrefs (no free list: they come and go),
 * the _module_locks and _blocking_on dicts, sys.modules (no resize for the few modules the
 * runtime provides), and any other finder on sys.meta_path before BuiltinImporter.
 */
export function findAndLoad(nameObj: PyStr, make: () => PyModule, exec: (m: PyModule) => void): PyModule {
  // _get_module_lock: a _ModuleLock, and `def cb(ref, name=name)`, whose defaults live as long as the lock.
  const lock = newModuleLock();
  abs.incref(nameObj);
  const cbDefaults = newTuple([nameObj]);
  acquire(lock);
  try {
    // _find_and_load_unlocked: parent = name.rpartition('.')[0].
    abs.decref(rpartition(nameObj));
    // spec_from_loader: ModuleSpec(name, loader, origin=origin, is_package=is_package) through
    // type_call, with its positional args in a tuple and its keywords in a dict.
    abs.incref(nameObj);
    abs.incref(builtinImporter);
    const specArgs = newTuple([nameObj, builtinImporter]);
    // _PyStack_AsDict: {'origin': 'built-in', 'is_package': False}.
    const specKwargs = newDictPresized(2, true);
    for (const [k, v] of [['origin', builtinOrigin()], ['is_package', False]] as const) specKwargs.set(specName(k), v);
    // slot_tp_init calls __init__ with the keywords unpacked (_PyStack_UnpackDict): a kwnames
    // tuple and a new argument array for self, the two positionals and the two values.
    const kwnames = newTuple([abs.incref(specName('origin')), abs.incref(specName('is_package'))]);
    const stackBytes = 8 * ((R.minor >= 9 ? 1 : 0) + 5);
    const stack = R.heap.malloc(stackBytes, 'argument array');
    const spec = newModuleSpec(abs.incref(nameObj));
    R.heap.free(stack, stackBytes, 'argument array');
    abs.decref(kwnames);
    abs.decref(specKwargs);
    abs.decref(specArgs);
    const m = callWithFramesRemoved([spec], make);
    initModuleAttrs(nameObj, spec, m);
    markInitializing(spec, true);
    callWithFramesRemoved([m], () => exec(m));
    markInitializing(spec, false);
    abs.decref(spec);
    // _load_unlocked: _verbose_message('import {!r} # {!r}', spec.name, spec.loader).
    abs.incref(nameObj);
    abs.incref(builtinImporter);
    abs.decref(newTuple([nameObj, builtinImporter]));
    return m;
  } finally {
    // _ModuleLockManager.__exit__(self, *args, **kwargs): (None, None, None) and {}.
    const exitArgs = newTuple([abs.incref(None), abs.incref(None), abs.incref(None)]);
    const exitKwargs = newDict();
    release(lock);
    abs.decref(exitKwargs);
    abs.decref(exitArgs);
    dropModuleLock(lock);
    abs.decref(cbDefaults);
  }
}

/** name.rpartition('.')[0] of a name without a dot: the empty string (the 3-tuple is dropped). */
function rpartition(nameObj: PyStr): PyStr {
  const empty = newStr('');
  abs.decref(newTuple([abs.incref(empty), abs.incref(empty), abs.incref(nameObj)]));
  return empty;
}

/** _init_module_attrs(spec, module) for a builtin module (no location, no submodule path). */
function initModuleAttrs(nameObj: PyStr, spec: PyObject, m: PyModule): void {
  const set = (k: string, v: PyObject): void => {
    const key = internStr(k);
    m.md_dict.set(key, v);
    R.heap.decref(key);
  };
  set('__loader__', builtinImporter);
  // spec.parent: self.name.rpartition('.')[0].
  const empty = rpartition(nameObj);
  set('__package__', empty);
  abs.decref(empty);
  set('__spec__', spec);
  moduleLacks(m, '__path__');
}
