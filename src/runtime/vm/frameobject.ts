// The PyFrameObject a call allocates up to 3.10 (Objects/frameobject.c): a code's last
// finished frame stays with it (co_zombieframe) for its next call, other finished frames go
// on a free list of 200, and only a call that finds neither allocates a new GC object.
// From 3.11 frames live in the thread's data stack and allocate nothing.
import { R } from '../state';
import type { PyCode } from '../objects/code';
import { PyObject, PyType } from '../objects/object';
import { readyType } from '../objects/typeobject';

/** A frame object's memory; the model's Frame (a JS object) runs the code. */
export class PyFrameObject extends PyObject {
  bytes = 0;
}

export const frameType = readyType(new PyType(null, 'frame'), undefined, { gc: true, basetype: false });
frameType.tp_dealloc = (o) => R.heap.freeObject(o, (o as PyFrameObject).bytes);

/** PyFrame_MAXFREELIST */
const MAXFREELIST = 200;
let freeList: PyFrameObject[] = [];

/** What start-up leaves on the free list, measured on 3.8-3.10: three frames. */
const STARTUP_FREE = 3;
/** Their size does not matter to the counts (a frame too small is resized in place): a typical one. */
const STARTUP_FRAME_BYTES = 448;

/** The free list of a new run: the frames CPython's start-up left on it (counted as start-up blocks). */
export function initFrameObjects(): void {
  freeList = [];
  if (R.minor > 10) return;
  for (let i = 0; i < STARTUP_FREE; i++) {
    const f = R.heap.newObject(new PyFrameObject(frameType), STARTUP_FRAME_BYTES, 16);
    f.bytes = STARTUP_FRAME_BYTES;
    R.heap.gc.untrack(f);
    freeList.push(f);
  }
}

/** sizeof(PyFrameObject) + a slot per local, cell, free variable and stack item, + the GC head. */
function frameBytes(code: PyCode): number {
  return 16 + (R.minor === 10 ? 360 : 368) + 8 * (code.nlocalsplus + code.stacksize);
}

/** _PyFrame_New_NoTrack: the code's zombie frame, else one off the free list, else a new one. */
export function takeFrameObject(code: PyCode): PyFrameObject | null {
  if (R.minor > 10) return null;
  let f = code.zombieFrame as PyFrameObject | null;
  if (f !== null) code.zombieFrame = null;
  else {
    f = freeList.pop() ?? null;
    if (f === null) {
      const need = frameBytes(code);
      f = R.heap.newObject(new PyFrameObject(frameType), need, 16);
      f.bytes = need;
      return f;
    }
  }
  R.heap.gc.track(f);
  return f;
}

/** frame_dealloc: the code keeps it as its zombie frame, else the free list takes it, else it is freed. */
export function dropFrameObject(code: PyCode, f: PyFrameObject): void {
  R.heap.gc.untrack(f);
  if (code.zombieFrame === null) code.zombieFrame = f;
  else if (freeList.length < MAXFREELIST) freeList.push(f);
  else R.heap.decref(f);
}
