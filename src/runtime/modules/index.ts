// The modules a script can import: sys, gc, math, builtins and __future__, each made and
// recorded as CPython's import system does (importlib.ts). Anything else stops the run at
// the import with a message that the mini-runtime does not provide it.
import { RunStop } from '../errors';
import * as abs from '../objects/abstract';
import { builtinsModule, PyModule } from '../objects/module';
import { Builtins } from '../vm/call';
import { framesAfterImport } from '../vm/frameobject';
import { PyObject, PyType } from '../objects/object';
import { internStr, PyStr } from '../objects/str';
import { cfunctionType } from '../objects/function';
import { isStructSeq } from '../objects/structseq';
import { startupRefcnt } from '../objects/startup-refcounts';
import { R } from '../state';
import { makeSys } from './sys';
import { execGc, initGcState, makeGc } from './gc';
import { execMath, makeMath } from './math';
import { findMathSpec } from './math-import';
import { execItertools, makeItertools } from './itertools';
import { makeFuture } from './future';
import { collectionsAtStartup, makeCollections } from './collections';
import { ensureInitialized, findAndLoad } from './importlib';
import { builtinImporter, initModuleSpecs, newModuleSpec, resetModuleSpecs } from './spec';
import { initExtensions, newModuleState, resetExtensions } from './extension';
import { identifierUsed } from '../objects/identifiers';

/**
 * Builtin modules: what create_builtin makes and what exec_builtin adds where the version
 * initializes them in two phases (gc from 3.10, math from 3.9), and their PyModuleDef's
 * m_size there: PyModule_ExecDef first mallocs that much state, 0 bytes too (a raw block
 * tracemalloc traces, counted by sys.getallocatedblocks).
 */
const builtinModules: Record<string, { make: () => PyModule; multiPhase: () => boolean; stateSize: () => number; exec: (m: PyModule) => void }> = {
  gc: { make: makeGc, multiPhase: () => R.minor >= 10, stateSize: () => 0, exec: execGc },
  // math is an extension module in lib-dynload here: the path finder's blocks (its FileFinder
  // for the script's directory, the spec and loader) are math-import.ts's; the module itself is
  // made as a builtin one. Loading it from lib-dynload names it by importdl.c get_encoded_name,
  // whose identifier (replace) 3.10 numbers. From 3.12 its state keeps the interned __ceil__,
  // __floor__ and __trunc__ (which exist already): three pointers.
  math: {
    make: () => {
      findMathSpec();
      identifierUsed('get_encoded_name:replace');
      return makeMath();
    },
    multiPhase: () => R.minor >= 9,
    stateSize: () => (R.minor >= 12 ? 24 : 0),
    exec: execMath,
  },
  // Multi-phase from 3.9; from 3.12 its state holds its heap types (itertools_state).
  itertools: { make: makeItertools, multiPhase: () => R.minor >= 9, stateSize: () => (R.minor >= 12 ? 8 * 22 : 0), exec: execItertools },
};

/** __future__ is a source module (Lib/__future__.py): the path finder and its code are not modelled. */
const sourceModules: Record<string, () => PyModule> = { __future__: makeFuture, collections: makeCollections };

/** sys.modules as the runtime keeps it: each module, and whether start-up loaded it (_bootstrap._setup). */
let loaded = new Map<string, { m: PyModule; fromSetup: boolean }>();

export function resetModules(): void {
  loaded = new Map();
  resetModuleSpecs();
  resetExtensions();
}

/**
 * The start-up imports (pylifecycle.c init_importlib, _bootstrap._setup): sys and builtins
 * exist before importlib and get their specs from _spec_from_module; the gc state's lists
 * are made when the interpreter starts.
 */
function setup(): void {
  initModuleSpecs();
  initGcState();
  initExtensions();
  const sys = makeSys();
  const bi = builtinsModule(Builtins.dict);
  for (const m of [sys, bi]) {
    initSetupAttrs(m);
    loaded.set(m.name, { m, fromSetup: true });
  }
  // 3.11's site imports itertools at start-up on this machine (a .pth file in its
  // site-packages imports packages that use it): a script's import finds it in sys.modules.
  // The start-up counts of the statically allocated objects (None, '', small ints...) were
  // measured with those references in them already.
  if (R.minor === 11) keepStaticRefcounts(() => loadBuiltin('itertools'));
  // And collections, which site's .pth imports too (its blocks are start-up's).
  if (R.minor === 11) keepStaticRefcounts(() => loaded.set('collections', { m: collectionsAtStartup(), fromSetup: false }));
}

/** Run fn, then give the statically allocated objects back the counts they had before it. */
function keepStaticRefcounts(fn: () => void): void {
  const heap = R.heap;
  const before = new Map<PyObject, number>();
  // The types' counts are the module's to set (itertools-ready.ts).
  const note = (o: PyObject): void => {
    if (o.h.block === 0 && !(o instanceof PyType) && !before.has(o)) before.set(o, o.h.ob_refcnt);
  };
  const { incref, decref } = heap;
  heap.incref = (o) => {
    note(o);
    incref.call(heap, o);
  };
  heap.decref = (o) => {
    note(o);
    decref.call(heap, o);
  };
  try {
    fn();
  } finally {
    heap.incref = incref;
    heap.decref = decref;
  }
  for (const [o, n] of before) o.h.ob_refcnt = n;
}

/**
 * Start-up's counts on sys, builtins, their functions and the standard streams
 * (objects/startup-refcounts.ts): CPython's module dicts, their copies and the stdlib hold
 * references the model does not make.
 */
export function settleStartupRefcounts(): void {
  for (const name of ['sys', 'builtins']) {
    const m = loaded.get(name)!.m;
    m.ob_refcnt = startupRefcnt(R.minor, `module ${name}`);
    for (const [k, v] of m.md_dict.entries()) {
      if (v === R.stdout || v === R.stderr) v.ob_refcnt = startupRefcnt(R.minor, v === R.stdout ? 'sys.stdout' : 'sys.stderr');
      else if ((v.ob_type === cfunctionType && v.h.block === 0) || isStructSeq(v)) v.ob_refcnt = startupRefcnt(R.minor, `${name}.${(k as PyStr).value}`);
    }
  }
}

/** _init_module_attrs for a module _setup found in sys.modules: __loader__, __package__, __spec__. */
function initSetupAttrs(m: PyModule): void {
  setAttrString(m, '__loader__', abs.incref(builtinImporter));
  setAttrString(m, '__package__', internStr(''));
  setAttrString(m, '__spec__', newModuleSpec(internStr(m.name)));
}

/** The modules a script can import. */
export function availableModules(): string[] {
  return ['sys', 'builtins', ...Object.keys(builtinModules), ...Object.keys(sourceModules)];
}

/** IMPORT_NAME: the module (a new reference), created on first import. */
export function importModule(name: string): PyObject {
  if (loaded.size === 0) setup();
  let entry = loaded.get(name);
  if (entry !== undefined) {
    ensureInitialized(entry.fromSetup);
  } else {
    const builtin = builtinModules[name];
    const source = sourceModules[name];
    if (builtin === undefined && source === undefined) {
      throw new RunStop('unsupported', `module '${name}' is not available in the Arena Lens mini-runtime (it provides ${availableModules().join(', ')})`);
    }
    entry = builtin !== undefined ? loadBuiltin(name) : { m: source!(), fromSetup: false };
    loaded.set(name, entry);
    framesAfterImport(name);
    // importlib's _find_and_load is Python code: its eval-breaker checks run a collection
    // the new module's objects scheduled (3.12+).
    if (R.heap.gc.scheduled) R.heap.gc.runScheduled();
  }
  R.heap.incref(entry.m);
  return entry.m;
}

/** _find_and_load of a builtin module, recorded in sys.modules. */
function loadBuiltin(name: string): { m: PyModule; fromSetup: boolean } {
  const builtin = builtinModules[name];
  const nameObj = internStr(name);
  const m = findAndLoad(nameObj, builtin.make, (mod) => execBuiltin(builtin, mod));
  R.heap.decref(nameObj);
  const entry = { m, fromSetup: false };
  loaded.set(name, entry);
  return entry;
}

/** exec_builtin: PyModule_ExecDef's state, then the module's Py_mod_exec slot (nothing for a single-phase module). */
function execBuiltin(b: (typeof builtinModules)[string], m: PyModule): void {
  if (!b.multiPhase()) return;
  newModuleState(b.stateSize());
  b.exec(m);
}

/** Put a value into a module's namespace (stealing the reference to v). */
export function setAttrString(m: PyModule, name: string, v: PyObject): void {
  const k = internStr(name);
  m.md_dict.set(k, v);
  R.heap.decref(k);
  R.heap.decref(v);
}
