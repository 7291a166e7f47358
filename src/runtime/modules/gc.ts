// The gc module (Modules/gcmodule.c): collect(), thresholds and counts, enabling, and
// which objects the collector tracks. The collector itself is src/runtime/gc.ts.
import * as abs from '../objects/abstract';
import { typeError, valueError } from '../objects/exceptions';
import { NativeFn } from '../objects/function';
import { methVarargs, minors } from '../objects/builtin-call';
import { type Body, clinicInt, clinicKeywords, type Convention, declareIn, METH_NOARGS, METH_O, parseTuple } from '../builtin-conventions';
import { PyObject, PyType } from '../objects/object';
import { newDict, PyDict } from '../objects/dict';
import { newInt } from '../objects/int';
import { listAppend, newList, PyList } from '../objects/list';
import { PyModule } from '../objects/module';
import { None, pyBool } from '../objects/singletons';
import { newTuple, PyTuple } from '../objects/tuple';
import { internStr, newStr } from '../objects/str';
import { R } from '../state';
import { addFunctions, holdForRun, newExtensionModule, putInterned, setDocString, singlePhaseFixup, specNameLookup } from './extension';
import { unsupported } from '../errors';
import '../gc-clear';
import { typeIsGc } from '../gc';

/**
 * gcstate->garbage and gcstate->callbacks: made when the interpreter starts (_PyGC_Init; in 3.8
 * garbage by the first collection's handle_legacy_finalizers), except callbacks up to 3.9,
 * which PyInit_gc makes.
 */
let garbage: PyList | null = null;
let callbacks: PyList | null = null;

export function initGcState(): void {
  garbage = newList();
  callbacks = R.minor >= 10 ? newList() : null;
  // One of the module's names exists before it does: 3.12+'s static strings (pycore_global_strings.h) have get_debug.
  if (R.minor >= 12) holdForRun(internStr('get_debug'));
}

const DOC_HEAD =
  'This module provides access to the garbage collector for reference cycles.\n\n' +
  'enable() -- Enable automatic garbage collection.\n' +
  'disable() -- Disable automatic garbage collection.\n' +
  'isenabled() -- Returns true if automatic collection is enabled.\n' +
  'collect() -- Do a full collection right now.\n' +
  'get_count() -- Return the current collection counts.\n' +
  'get_stats() -- Return list of dictionaries containing per-generation stats.\n' +
  'set_debug() -- Set debugging flags.\n' +
  'get_debug() -- Get debugging flags.\n' +
  'set_threshold() -- Set the collection thresholds.\n' +
  'get_threshold() -- Return the current the collection thresholds.\n' +
  'get_objects() -- Return a list of all objects tracked by the collector.\n' +
  'is_tracked() -- Returns true if a given object is tracked.\n';
const DOC_FINALIZED = 'is_finalized() -- Returns true if a given object has been already finalized.\n';
const DOC_TAIL =
  'get_referrers() -- Return the list of objects that refer to an object.\n' +
  'get_referents() -- Return the list of objects that an object refers to.\n' +
  'freeze() -- Freeze all tracked objects and ignore them for future collections.\n' +
  'unfreeze() -- Unfreeze all objects in the permanent generation.\n' +
  'get_freeze_count() -- Return the number of objects in the permanent generation.\n';

/** Functions the module has but the runtime does not implement: calling one stops the run. */
const notModelled = (name: string): NativeFn => () => {
  throw unsupported(`gc.${name}()`);
};

const COLLECT_ARGS = clinicKeywords(['generation'], 0, 0, 1);

/** The method table GcMethods, in its order (is_finalized from 3.9). */
function methods(): Array<[string, NativeFn]> {
  const gc = R.heap.gc;
  let debug = 0;
  const fn = (name: string, conv: Convention, body: Body): [string, NativeFn] => [name, declareIn('gc', name, conv, body)];
  const none = (): PyObject => abs.incref(None);
  const table: Array<[string, NativeFn]> = [
    fn('enable', METH_NOARGS, () => ((gc.enabled = true), none())),
    fn('disable', METH_NOARGS, () => ((gc.enabled = false), none())),
    fn('isenabled', METH_NOARGS, () => pyBool(gc.enabled)),
    // gc_set_debug (clinic): a C int.
    fn('set_debug', METH_O, ([o]) => ((debug = clinicInt(o!)), none())),
    fn('get_debug', METH_NOARGS, () => newInt(debug)),
    fn('get_count', METH_NOARGS, () => newTuple(gc.count.map((c) => newInt(c)))),
    // gc_set_threshold is METH_VARARGS (PyArg_ParseTuple "i|ii") in every version: a GC-tracked arguments tuple.
    [
      'set_threshold',
      methVarargs(minors(8), declareIn('gc', 'set_threshold', R.minor >= 13 ? parseTuple(0, 99) : parseTuple(1, 3), (args) => {
        // 3.13's clinic optional groups count the arguments themselves.
        if (args.length === 0 || args.length > 3) throw typeError('gc.set_threshold requires 1 to 3 arguments');
        args.forEach((a, i) => {
          gc.threshold[i] = clinicInt(a!);
        });
        return none();
      })),
    ],
    fn('get_threshold', METH_NOARGS, () => newTuple(gc.threshold.map((t) => newInt(t)))),
    // gc_collect (clinic): generation=2, a C int.
    fn('collect', COLLECT_ARGS, ([a]) => {
      const g = a === undefined ? 2 : clinicInt(a);
      if (g < 0 || g > 2) throw valueError('invalid generation');
      return newInt(gc.collect(g));
    }),
    ['get_objects', notModelled('get_objects')],
    fn('get_stats', METH_NOARGS, () => getStats()),
    fn('is_tracked', METH_O, ([o]) => pyBool(isTracked(o!))),
    ['is_finalized', notModelled('is_finalized')],
    ['get_referrers', notModelled('get_referrers')],
    ['get_referents', notModelled('get_referents')],
    ['freeze', notModelled('freeze')],
    ['unfreeze', notModelled('unfreeze')],
    ['get_freeze_count', notModelled('get_freeze_count')],
  ];
  return R.minor >= 9 ? table : table.filter(([n]) => n !== 'is_finalized');
}

/**
 * gc_get_stats_impl: a snapshot of the stats, then a list appended a Py_BuildValue("{snsnsn}")
 * dict per generation (do_mkdict: each key a new str, made with its value before the store).
 */
function getStats(): PyList {
  const snapshot = R.heap.gc.stats.map((s) => [...s]);
  const result = newList(0);
  for (const [collections, collected, uncollectable] of snapshot) {
    const d = newDict();
    for (const [name, n] of [['collections', collections], ['collected', collected], ['uncollectable', uncollectable]] as const) {
      const k = newStr(name);
      const v = newInt(n);
      d.set(k, v);
      abs.decref(k);
      abs.decref(v);
    }
    listAppend(result, d);
    abs.decref(d);
  }
  return result;
}

/**
 * gc.is_tracked. The start-up objects the model makes outside its heap (no block) are GC
 * objects CPython's start-up tracked, builtin functions, descriptors, modules and io objects
 * alike; but for its static types (heap types, such as ExceptionGroup, are tracked), and for the
 * tuples and dicts the model tracks as CPython does.
 */
function isTracked(o: PyObject): boolean {
  if (R.heap.gc.isTracked(o)) return true;
  if (o.h.block !== 0 || !o.ob_type.tp_flags_gc) return false;
  if (o instanceof PyType) return typeIsGc(o);
  return !(o instanceof PyTuple || o instanceof PyDict);
}

/**
 * PyModule_Create (3.8, 3.9: PyInit_gc does the rest at once, then the single-phase fixup)
 * or PyModule_FromDefAndSpec (3.10+: gcmodule_exec adds the rest when exec_builtin runs).
 */
export function makeGc(): PyModule {
  specNameLookup();
  if (R.minor >= 10) specNameLookup();
  const m = newExtensionModule('gc', R.minor >= 10);
  addFunctions(m, methods());
  setDocString(m, DOC_HEAD + (R.minor >= 9 ? DOC_FINALIZED : '') + DOC_TAIL);
  if (R.minor <= 9) {
    execGc(m);
    singlePhaseFixup(m);
  }
  return m;
}

/** gcmodule_exec (3.10+; the tail of PyInit_gc before): the state's lists and the DEBUG_* flags. */
export function execGc(m: PyModule): void {
  garbage ??= newList();
  putInterned(m, 'garbage', abs.incref(garbage));
  callbacks ??= newList();
  putInterned(m, 'callbacks', abs.incref(callbacks));
  const flags: Array<[string, number]> = [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]];
  for (const [name, v] of flags) putInterned(m, name, newInt(v));
}
