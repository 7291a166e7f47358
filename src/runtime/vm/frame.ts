// An executing frame (Include/internal/pycore_frame.h): the code, its local
// variables and cells (localsplus), the value stack, and the handler blocks.
import type { PyCode } from '../objects/code';
import type { PyDict } from '../objects/dict';
import type { PyFunction } from '../objects/function';
import type { PyObject } from '../objects/object';
import type { PyFrameObject } from './frameobject';

export interface Block {
  /** Where the handler starts. */
  readonly handler: number;
  /** Stack depth to unwind to before pushing the exception. */
  readonly level: number;
}

export class Frame {
  readonly fast: (PyObject | null)[];
  readonly stack: (PyObject | null)[];
  sp = 0;
  pc = 0;
  /** The pc of the previous instruction, to see a jump back within one line. */
  lastPc = -1;
  private handlerBlocks: Block[] | null = null;
  /** Made when first used: most frames never set up a handler. */
  get blocks(): Block[] {
    return (this.handlerBlocks ??= []);
  }
  clearBlocks(): void {
    if (this.handlerBlocks !== null) this.handlerBlocks.length = 0;
  }
  back: Frame | null = null;
  /** Set while the frame is suspended at a yield, or once it has returned. */
  state: 'created' | 'running' | 'suspended' | 'done' = 'created';
  /** True after evalFrame returned because of YIELD_VALUE. */
  yielded = false;
  line = 0;
  /** Pushed by the evaluation loop itself for a Python-to-Python call (3.11's inlined calls), not by a JS call. */
  inlined = false;
  /** Before 3.11, an inlined frame's call items stay on the caller's stack from here until it returns; -1 otherwise. */
  argBase = -1;
  /** The frame object this call allocated (3.8-3.10), given back when the frame is released. */
  frameObject: PyFrameObject | null = null;
  /** A traceback holds this frame (it names the frame's code and globals): it is never reused. */
  pinned = false;
  /** An __init__ the loop runs for a class call: the new instance, returned in its place (and the call's args tuple). */
  initSelf: PyObject | null = null;
  initTuple: PyObject | null = null;
  /** The levels of depth such a class call holds besides the frame's (vm/inline-frames.ts pushInitFrame). */
  initLevels = 0;
  /** 3.11+: a generator's frame holds its function (f_func) until the frame is cleared. */
  ownsFunc = false;
  /** 3.12+: an inlined comprehension's frame, which CPython does not have (no recursion level). */
  comprehension = false;
  /** Up to 3.12, a function frame's f_locals: the dict locals() made and keeps up to date. */
  localsDict: PyDict | null = null;

  constructor(
    readonly code: PyCode,
    public func: PyFunction | null,
    public globals: PyDict,
    public builtins: PyDict,
    /** The namespace for LOAD_NAME/STORE_NAME: module globals or a class body's dict. */
    readonly locals: PyDict | null,
  ) {
    // Copying a packed array of nulls is cheaper than filling a new one.
    const t = (code.frameTemplate ??= { fast: nulls(code.nlocalsplus), stack: nulls(Math.max(8, code.stacksize)), free: [] });
    this.fast = t.fast.slice();
    this.stack = t.stack.slice();
  }
}

/** The frame CPython runs f's code in: a 3.12+ inlined comprehension's (PEP 709) is its caller's. */
export function cpythonFrame(f: Frame): Frame {
  while (f.comprehension) f = f.back!;
  return f;
}

/** How many finished frames a code keeps for reuse. */
const FREE_FRAMES = 16;

/**
 * A frame for a call of func: a finished one of the same code when there is one (a
 * frame is a JS object, not a heap object, so reusing it changes nothing the script sees).
 */
export function newFunctionFrame(func: PyFunction, builtins: PyDict): Frame {
  const f = newCodeFrame(func.code, func.globals, builtins);
  f.func = func;
  return f;
}

/** A frame for code, with no function yet (a 3.12+ inlined comprehension's has none). */
export function newCodeFrame(code: PyCode, globals: PyDict, builtins: PyDict): Frame {
  const free = code.frameTemplate?.free;
  const f = free !== undefined && free.length > 0 ? free.pop()! : null;
  if (f === null) return new Frame(code, null, globals, builtins, null);
  f.globals = globals;
  f.builtins = builtins;
  return f;
}

/** A function's frame has finished and its locals are released: keep it for the code's next call, unless a traceback holds it. */
export function recycleFrame(f: Frame): void {
  if (f.pinned || f.locals !== null || f.sp !== 0) return;
  const free = f.code.frameTemplate!.free;
  if (free.length >= FREE_FRAMES) return;
  f.func = null;
  f.pc = 0;
  f.lastPc = -1;
  f.clearBlocks();
  f.back = null;
  f.state = 'created';
  f.yielded = false;
  f.line = 0;
  f.inlined = false;
  f.argBase = -1;
  f.initSelf = null;
  f.initTuple = null;
  f.initLevels = 0;
  f.comprehension = false;
  free.push(f);
}

/** A packed (not holey) array of n nulls. */
function nulls(n: number): null[] {
  const a: null[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}
