// Frame objects (Objects/frameobject.c, Python/frame.c). Up to 3.10 every call has one: a
// code's last finished frame stays with it (co_zombieframe), others go on a free list of 200.
// From 3.11 one is made only when asked for (a traceback); a frame object that outlives its
// frame takes over the frame's locals (take_ownership) and keeps them until it goes.
import { R } from '../state';
import { clearOrder, CO_VARARGS, CO_VARKEYWORDS, type PyCode } from '../objects/code';
import type { PyDict } from '../objects/dict';
import type { PyFunction } from '../objects/function';
import { PyObject, PyType } from '../objects/object';
import { readyType } from '../objects/typeobject';
import { cpythonFrame, type Frame } from './frame';
import { EventKind } from '../trace';

/** A frame object's memory; the model's Frame (a JS object) runs the code. */
export class PyFrameObject extends PyObject {
  bytes = 0;
  /** The frame it shows while that frame runs (f->f_frame), null once the frame has finished. */
  frame: Frame | null = null;
  /** What a finished frame left to it: its locals (and from 3.11 its function), its caller's frame object. */
  owned: (PyObject | null)[] | null = null;
  func: PyFunction | null = null;
  f_back: PyFrameObject | null = null;
  /** The code, globals and line of the frame, kept for the attributes once it has finished. */
  code: PyCode | null = null;
  globals: PyDict | null = null;
  builtins: PyDict | null = null;
  line = 0;
}

export const frameType = readyType(new PyType(null, 'frame'), undefined, { gc: true, basetype: false });
frameType.tp_dealloc = (o) => frameDealloc(o as PyFrameObject);
frameType.tp_traverse = (o, visit) => {
  const fo = o as PyFrameObject;
  if (fo.f_back !== null) visit(fo.f_back);
  if (fo.func !== null) visit(fo.func);
  if (fo.owned !== null) for (const v of fo.owned) if (v !== null) visit(v);
};

/** PyFrame_MAXFREELIST */
const MAXFREELIST = 200;
let freeList: PyFrameObject[] = [];

/**
 * What start-up leaves on the free list up to 3.10, the first taken first: three frames, each
 * the size of the code that last ran in it (a frame too small for a code grows when taken;
 * a larger one keeps its size). Measured with tracemalloc on the zombie frames of the first
 * functions a script calls (live-blocks-cpython.test.ts checks them).
 */
const STARTUP_FRAMES: Record<number, number[]> = { 8: [488, 448, 432], 9: [488, 448, 440], 10: [488, 440, 432] };

/**
 * What a script's first import of each module leaves there after a plain start-up, measured
 * the same way with the import first (test/util/tracemalloc-oracle.ts oracleImportFrames):
 * gc's import runs importlib functions start-up ran already, whose zombie frames serve it;
 * math's (an extension module found on sys.path) runs others, which take all three;
 * collections' (a package importing others) leaves two frames of its own on top of start-up's.
 */
const IMPORT_FRAMES: Record<number, Record<string, number[]>> = {
  8: { gc: STARTUP_FRAMES[8], math: [], collections: [496, 512, ...STARTUP_FRAMES[8]] },
  9: { gc: STARTUP_FRAMES[9], math: [], collections: [480, 520, ...STARTUP_FRAMES[9]] },
  10: { gc: STARTUP_FRAMES[10], math: [], collections: [472, 512, ...STARTUP_FRAMES[10]] },
};

/**
 * The free list of a new run: the frames CPython's start-up left on it (counted as start-up
 * blocks). `sizes`, first taken first, stands for a start-up other than a plain one's.
 */
export function initFrameObjects(sizes?: readonly number[], importFrames?: Readonly<Record<string, readonly number[]>>): void {
  freeList = [];
  afterImport = importFrames ?? IMPORT_FRAMES[R.minor] ?? {};
  untouched = false;
  if (R.minor > 10) return;
  // gc_collect_main's clear_freelists clears this list first, then the others.
  const clearOthers = R.heap.gc.onFullCollection;
  R.heap.gc.onFullCollection = () => {
    clearFrameFreeList();
    clearOthers();
  };
  fillFreeList(sizes ?? STARTUP_FRAMES[R.minor] ?? STARTUP_FRAMES[10]);
  untouched = true;
}

/** Frames of these sizes on the free list, the first taken first. */
function fillFreeList(sizes: readonly number[]): void {
  for (let i = sizes.length - 1; i >= 0; i--) {
    const f = R.heap.newObject(new PyFrameObject(frameType), sizes[i], 16);
    f.bytes = sizes[i];
    R.heap.gc.untrack(f);
    freeList.push(f);
  }
}

/** The frame free list a first import of each module leaves, measured on CPython (RunOptions.importFrames). */
let afterImport: Readonly<Record<string, readonly number[]>> = {};
/** Whether the free list is still the one start-up left: no frame taken off it or put on it since. */
let untouched = false;

/**
 * Up to 3.10 an import runs importlib's Python code (_find_and_load and what it calls), which
 * the model does not: its frames come off the free list, some go back resized and others stay
 * as its functions' zombie frames. Where the script's import of name is the first thing to use
 * the list, the list becomes the one CPython's import leaves there, its frames on the import's
 * line (where tracemalloc puts those importlib made).
 */
export function framesAfterImport(name: string): void {
  const sizes = afterImport[name];
  if (R.minor > 10 || !untouched || sizes === undefined) return;
  // The frames start-up left stay where the import leaves the list as it was.
  // An import that leaves them under frames of its own (collections') adds those on top.
  const kept = freeList.length;
  const under = sizes.length >= kept && sizes.slice(sizes.length - kept).every((n, i) => freeList[kept - 1 - i].bytes === n);
  if (under && sizes.length === kept) return;
  untouched = false;
  if (under) return fillFreeList(sizes.slice(0, sizes.length - kept));
  clearFrameFreeList();
  fillFreeList(sizes);
}

/** PyFrame_ClearFreeList, up to 3.10: a full collection frees the frames on the free list (zombie frames stay). */
function clearFrameFreeList(): void {
  while (freeList.length > 0) R.heap.decref(freeList.pop()!);
}

/**
 * A frame object's request: up to 3.10 sizeof(PyFrameObject) (f_localsplus[1] included) and
 * 3.11+ the fixed part and _PyInterpreterFrame's header, then a slot per local, cell, free
 * variable and stack item, and the GC head (_PyFrame_New_NoTrack).
 */
export function frameBytes(code: PyCode): number {
  const fixed = R.minor <= 9 ? 368 : R.minor === 10 ? 360 : R.minor <= 12 ? 120 : 136;
  return 16 + fixed + 8 * (cpythonLocalsplus(code) + code.inlinedLocals + code.stacksize);
}

/**
 * The slots CPython gives the code's locals, cells and free variables. The model keeps a cell
 * among the locals too; CPython has it once (3.11+ localsplus), or up to 3.10 as a local only
 * when it is a parameter (co_varnames) besides its cell slot.
 */
function cpythonLocalsplus(code: PyCode): number {
  let cellLocals = 0;
  if (code.cellvars.length > 0) {
    const nparams = R.minor <= 10 ? code.argcount + code.kwonlyargcount + (code.flags & CO_VARARGS ? 1 : 0) + (code.flags & CO_VARKEYWORDS ? 1 : 0) : 0;
    code.varnames.forEach((n, i) => {
      if (i >= nparams && code.cellvars.includes(n)) cellLocals++;
    });
  }
  return code.nlocalsplus - cellLocals;
}

/** A new frame object for code (PyObject_GC_NewVar), tracked. */
function allocFrameObject(code: PyCode): PyFrameObject {
  const need = frameBytes(code);
  const f = R.heap.newObject(new PyFrameObject(frameType), need, 16);
  f.bytes = need;
  return f;
}

/** Up to 3.10, the module's frame object, made by start-up before the free list had its frames back. */
export function newModuleFrameObject(code: PyCode): PyFrameObject | null {
  return R.minor > 10 ? null : allocFrameObject(code);
}

/** Up to 3.10 (_PyFrame_New_NoTrack): the code's zombie frame, else one off the free list, else a new one. */
export function takeFrameObject(code: PyCode): PyFrameObject | null {
  if (R.minor > 10) return null;
  let f = code.zombieFrame as PyFrameObject | null;
  if (f !== null) code.zombieFrame = null;
  else {
    f = freeList.pop() ?? null;
    untouched = false;
    if (f === null) return allocFrameObject(code);
    // frame_alloc: a free frame too small for this code grows (PyObject_GC_Resize); a larger one keeps its size.
    const need = frameBytes(code);
    if (f.bytes < need) {
      R.heap.resizeObject(f, f.bytes, need, 16);
      f.bytes = need;
    }
  }
  // _Py_NewReference: the block holds a new frame now (tracemalloc gives it to this line).
  R.heap.trace.push(EventKind.Reuse, R.heap.line, f.block, f.bytes, R.heap.typeTag(f));
  R.heap.gc.track(f);
  return f;
}

/**
 * The frame object of a frame, made on first use from 3.11 (_PyFrame_GetFrameObject); a
 * borrowed reference, which the frame owns. Up to 3.10 every frame has one already.
 */
export function frameObjectOf(f: Frame): PyFrameObject {
  let fo = f.frameObject;
  if (fo === null) {
    // _PyFrame_MakeAndSetFrameObject: untracked until a finished frame hands it its locals.
    fo = allocFrameObject(f.code);
    R.heap.gc.untrack(fo);
    f.frameObject = fo;
  }
  fo.frame = f;
  return fo;
}

/**
 * The line a frame object shows for a frame that never ran once it owns it: co_firstlineno,
 * except that 3.13's take_ownership pretends the first RESUME ran (instr_ptr just past it),
 * which puts a function's on its body's first line (a generator expression's next
 * instruction, LOAD_FAST .0, is on its first line).
 */
function unstartedLine(f: Frame): number {
  const code = f.code;
  if (R.minor >= 13 && code.name !== '<genexpr>' && code.lines.length > 0 && code.lines[0] > 0) return code.lines[0];
  return code.firstLine;
}

/**
 * The frame f has finished: its frame object goes (3.8-3.10 frame_dealloc's zombie frame or
 * free list) unless something else holds it, a traceback, and then it takes f's locals
 * (take_ownership; up to 3.10 the frame object always held them) and a reference to its
 * caller's frame object. Returns whether the locals moved there.
 */
export function releaseFrameObject(f: Frame, caller: Frame | null): boolean {
  const fo = f.frameObject;
  if (fo === null) return false;
  f.frameObject = null;
  fo.frame = null;
  if (fo.h.ob_refcnt === 1) {
    if (R.minor <= 10) parkFrameObject(f.code, fo);
    else R.heap.decref(fo);
    return false;
  }
  fo.code = f.code;
  fo.globals = f.globals;
  fo.builtins = f.builtins;
  // A generator closed before it started (its frame finished unrun) reports its first line too.
  fo.line = f.line === 0 && (f.state === 'created' || f.lastPc < 0) ? unstartedLine(f) : f.line;
  // In localsplus's order, which frame_dealloc frees them in.
  const order = clearOrder(f.code);
  fo.owned = order === null ? f.fast.slice() : Array.from(order, (i) => f.fast[i]);
  f.fast.fill(null);
  if (f.localsDict !== null) {
    // Its f_locals goes with the locals.
    fo.owned.push(f.localsDict);
    f.localsDict = null;
  }
  if (R.minor >= 11 && f.func !== null) {
    // The frame's reference to its function moves into the frame object.
    R.heap.incref(f.func);
    fo.func = f.func;
  }
  if (caller !== null) {
    // The eval loop unlinks the dying frame before _PyEvalFrameClearAndPop (GH-99729), so
    // tracemalloc puts the caller's frame object on the caller's line.
    const heap = R.heap;
    const line = heap.line;
    heap.line = caller.line;
    const back = frameObjectOf(cpythonFrame(caller));
    heap.line = line;
    heap.incref(back);
    fo.f_back = back;
  }
  if (R.minor >= 11) R.heap.gc.track(fo);
  R.heap.decref(fo);
  return true;
}

/** frame_dealloc of a frame object that outlived its frame: its locals, its function and caller go. */
function frameDealloc(fo: PyFrameObject): void {
  R.heap.gc.untrack(fo);
  const owned = fo.owned;
  fo.owned = null;
  if (owned !== null) for (const v of owned) if (v !== null) R.heap.decref(v);
  if (fo.func !== null) {
    const fn = fo.func;
    fo.func = null;
    R.heap.decref(fn);
  }
  if (fo.f_back !== null) {
    const back = fo.f_back;
    fo.f_back = null;
    R.heap.decref(back);
  }
  const code = fo.code;
  if (R.minor <= 10 && code !== null) {
    // The block lives on as a new frame object (_Py_NewReference when it is taken again).
    const z = new PyFrameObject(frameType);
    z.block = fo.block;
    z.id = fo.id;
    z.bytes = fo.bytes;
    fo.block = 0;
    parkFrameObject(code, z);
    return;
  }
  R.heap.freeObject(fo, fo.bytes);
}

/** frame_dealloc, up to 3.10: the code keeps it as its zombie frame, else the free list takes it, else it is freed. */
function parkFrameObject(code: PyCode, f: PyFrameObject): void {
  R.heap.gc.untrack(f);
  if (code.zombieFrame === null) code.zombieFrame = f;
  else if (freeList.length < MAXFREELIST) {
    freeList.push(f);
    untouched = false;
  } else {
    R.heap.decref(f);
    return;
  }
  R.heap.trace.push(EventKind.Park, R.heap.line, f.block, f.bytes, R.heap.typeTag(f));
}

/** The block of the frame the free list hands out next (0: none), up to 3.10. */
export function frameFreeListTop(): number {
  return freeList.length === 0 ? 0 : freeList[freeList.length - 1].block;
}

/** How many frame objects the free list holds (_PyFrame_DebugMallocStats' numfree). */
export function frameFreeListSize(): number {
  return freeList.length;
}
