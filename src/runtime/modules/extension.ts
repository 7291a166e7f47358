// Builtin (extension) modules as Objects/moduleobject.c makes them: the module object and its
// dict with module_init_dict's five names, its functions as builtin_function_or_method objects
// on the heap, the docstring, and (3.8, 3.9) the single-phase fixup's copy of the dict.
import * as abs from '../objects/abstract';
import { newDict } from '../objects/dict';
import { dictCopy } from '../objects/dict-methods';
import { cfunctionType, NativeFn, PyCFunction } from '../objects/function';
import { moduleType, PyModule } from '../objects/module';
import { PyObject } from '../objects/object';
import { None } from '../objects/singletons';
import { internStr, newStr, PyStr } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { listAppend, newList, PyList } from '../objects/list';
import { R } from '../state';
import * as freelists from '../freelists';

const MODULE_BYTES = 72;

/**
 * Objects that interpreter structures the runtime does not model hold for the rest of the
 * run: `extensions` (single-phase copies), the type attribute cache's names, static strings.
 */
let held: PyObject[] = [];
let stateBlocks: number[] = [];

/**
 * interp->modules_by_index (3.8, 3.9; Python/pystate.c _PyState_AddModule): single-phase
 * modules by their def's m_index. Start-up leaves 16 entries, so the items grow to 17 at
 * `import gc` (128 to 208 bytes in 3.8, 192 in 3.9, as sys._debugmallocstats shows); here the
 * start-up entries are None, their values being unobservable.
 */
let modulesByIndex: PyList | null = null;
const STARTUP_MODULE_INDEXES = 16;

export function resetExtensions(): void {
  held = [];
  stateBlocks = [];
  modulesByIndex = null;
}

/** Start-up's part: the modules_by_index list (3.8, 3.9). */
export function initExtensions(): void {
  if (R.minor > 9) return;
  modulesByIndex = newList();
  for (let i = 0; i < STARTUP_MODULE_INDEXES; i++) listAppend(modulesByIndex, None);
}

/** Keep o (a reference the caller gives up) for the rest of the run. */
export function holdForRun(o: PyObject): void {
  held.push(o);
}

/**
 * PyObject_GetAttrString(spec, "name") (_imp_create_builtin; again in PyModule_FromDefAndSpec2
 * from 3.10): a new str for "name", not interned. _PyType_Lookup's method cache entry for
 * (ModuleSpec, name) takes a reference to it (Objects/typeobject.c), in the entry the string's
 * address picks. In a first `import gc` (measured with tracemalloc) 3.10-3.13 keep both
 * strings there to the end; in 3.8 and 3.9 a later lookup of the same import takes the entry
 * and the string is freed.
 */
export function specNameLookup(): void {
  const s = newStr('name');
  if (R.minor >= 10) holdForRun(s);
  else R.heap.decref(s);
}

/** Store v (stolen) under the interned name (PyDict_SetItemString: PyUnicode_InternInPlace of a new str). */
export function putInterned(m: PyModule, name: string, v: PyObject): void {
  const k = internStr(name);
  m.md_dict.set(k, v);
  R.heap.decref(k);
  R.heap.decref(v);
}

/**
 * PyModule_NewObject and module_init_dict: __name__, __doc__, __package__, __loader__ and
 * __spec__. A single-phase module (PyModule_Create) is named with a new str (PyModule_New's
 * PyUnicode_FromString); a multi-phase one (PyModule_FromDefAndSpec2) takes the spec's
 * (interned) name: gc from 3.10, math from 3.9.
 */
export function newExtensionModule(name: string, multiPhase: boolean): PyModule {
  const nameObj = multiPhase ? internStr(name) : newStr(name);
  const d = newDict();
  const m = R.heap.newObject(new PyModule(moduleType, name, d), MODULE_BYTES, 16);
  const k = internStr('__name__');
  d.set(k, nameObj);
  R.heap.decref(k);
  m.md_name = nameObj as PyStr;
  for (const n of ['__doc__', '__package__', '__loader__', '__spec__']) putInterned(m, n, abs.incref(None));
  return m;
}

/**
 * _add_methods_to_object: PyCFunction_NewEx(def, module, name) for each (from 3.8's free list
 * while it has some, Objects/methodobject.c), stored under its interned name. Each holds the
 * module (m_self) and the name object its dict has under __name__ (m_module).
 */
export function addFunctions(m: PyModule, table: Array<[string, NativeFn]>): void {
  const k = internStr('__name__');
  const nameObj = m.md_dict.getStr(k);
  R.heap.decref(k);
  for (const [name, fn] of table) {
    const o = new PyCFunction(cfunctionType, name, fn, m.name);
    const f = (R.minor === 8 ? freelists.pop(freelists.CFUNCTION_LIST, o, 16) : null) ?? R.heap.newObject(o, freelists.CFUNCTION_BYTES, 16);
    o.mSelf = abs.incref(m);
    if (nameObj !== null) o.mModule = abs.incref(nameObj);
    putInterned(m, name, f);
  }
}

/** PyModule_ExecDef's md_state = PyMem_Malloc(m_size), kept as long as the module (to the end of the run). */
export function newModuleState(nbytes: number): void {
  stateBlocks.push(R.heap.malloc(nbytes, 'module state'));
}

/** PyModule_SetDocString. */
export function setDocString(m: PyModule, doc: string): void {
  putInterned(m, '__doc__', newStr(doc));
}

/**
 * _PyImport_FixupExtensionObject for a module with m_size -1 (3.8, 3.9): its modules_by_index
 * entry, m_copy = PyDict_Copy(module dict), and PyTuple_Pack(2, filename, name) as its key in
 * `extensions`.
 */
export function singlePhaseFixup(m: PyModule): void {
  // _PyState_AddModule: the module at the next index (its def was the next to be initialized).
  if (modulesByIndex === null) throw new Error('modules_by_index used before start-up made it');
  listAppend(modulesByIndex, m);
  holdForRun(dictCopy(m.md_dict));
  // _imp_create_builtin passes the spec's name as both filename and name.
  const name = internStr(m.name);
  holdForRun(newTuple([name, abs.incref(name)]));
}
