// The one place objects are allocated, increfed, decrefed and freed (like clox's
// `reallocate`): it asks the pymalloc model for blocks and records every change in the trace.
import { Obmalloc } from '../obmalloc/obmalloc';
import type { VersionProfile } from '../profiles';
import { PyObject } from './objects/object';
import { EventKind, Trace } from './trace';
import { BudgetExceeded } from './errors';
import { Collector } from './gc';

/** Where static (non-heap) objects live: _PyRuntime's statics, far from any arena. */
const STATIC_BASE = 0x5555_5555_0000;

/**
 * Objects of the interpreter's own data (builtin types, their slot wrappers) that live for
 * the whole process, given an address the first time a run asks for one; the next run's
 * heap takes them back, so each run numbers them in its own order.
 */
const lentAddresses: PyObject[] = [];

/**
 * _Py_IsImmortal (Include/object.h, 3.12+): a count whose low 32 bits are negative as an
 * int32. Py_INCREF and Py_DECREF leave such a count alone; 3.8-3.11 counts never get there.
 */
const IMMORTAL_MIN = 0x8000_0000;

export class Heap {
  readonly pymalloc: Obmalloc;
  readonly trace = new Trace();
  /** The line being executed; every event is attributed to it. */
  line = 0;
  /**
   * Where the script's own code ended: the trace's length then, and the top block of each
   * free list. What runs after it (Py_FinalizeEx's collection closing suspended generators,
   * running __del__) comes after tracemalloc's last look, so "still live at the end" is
   * counted there. Null until the script ends. `linesEnd`: where the interpreter's report of
   * an uncaught exception is done (printing it may run the script's __str__, whose lines run).
   */
  scriptEnd: { readonly event: number; readonly freeListTops: ReadonlyMap<string, number>; linesEnd: number } | null = null;
  /** Bytes the script may hold live in the model before the run is stopped. */
  budgetBytes = 512 * 1024 * 1024;
  /** Bytes the trace may hold before the run is stopped (about 20 million events). */
  traceBudgetBytes = 384 * 1024 * 1024;
  /** The run's time and trace budgets (vm/budget.ts), checked when the trace says they are due. */
  checkLimits: () => void = () => {};
  liveBytes = 0;
  private staticNext = STATIC_BASE;
  /** Objects freed so far (for tests and summaries). */
  freed = 0;

  /** The cyclic collector of the run. */
  readonly gc: Collector;

  /**
   * What sys.getallocatedblocks() adds to the model's count: the blocks CPython holds when a
   * script starts (profile.startupBlocks) less those the model itself allocated for its
   * start-up (builtins, __main__), which are already among them. Set by the interpreter.
   */
  startupOffset: number;

  constructor(readonly profile: VersionProfile) {
    this.pymalloc = new Obmalloc(profile.obmalloc);
    this.gc = new Collector(profile.versionInfo[1]);
    this.startupOffset = profile.startupBlocks;
    for (const o of lentAddresses) {
      o.id = 0;
      o.serial = 0;
    }
    lentAddresses.length = 0;
  }

  /** id(o): a process-lifetime object with no address yet gets one among the statics (CPython's are in its data segment). */
  addressOf(o: PyObject): number {
    const h = o.h;
    if (h.id === 0) {
      this.newStatic(o, o.ob_type.tp_basicsize);
      lentAddresses.push(o);
    }
    return h.id;
  }

  /** sys.getallocatedblocks(): CPython's whole-process count of pymalloc blocks. */
  allocatedBlocks(): number {
    return this.pymalloc.getAllocatedBlocks() + this.startupOffset;
  }

  /**
   * Allocate the block for a new object: `nbytes` is the whole request (pre-header,
   * GC head and body); `headerBytes` is how far the PyObject starts into the block.
   */
  newObject<T extends PyObject>(o: T, nbytes: number, headerBytes: number): T {
    this.checkBudget(nbytes);
    // GC objects are counted (and may trigger a collection) before their memory exists.
    const gcType = o.ob_type.tp_flags_gc;
    if (gcType) this.gc.onAlloc();
    const block = this.pymalloc.malloc(nbytes);
    const h = o.h;
    h.block = block;
    h.id = block + headerBytes;
    h.serial = 0;
    this.liveBytes += nbytes;
    this.trace.push(EventKind.Alloc, this.line, block, nbytes, this.typeTag(o));
    if (gcType) this.gc.track(o);
    return o;
  }

  /** Give a statically allocated object (a singleton in _PyRuntime) its address; it is never freed. */
  newStatic<T extends PyObject>(o: T, nbytes: number): T {
    const h = o.h;
    h.id = this.staticNext;
    h.serial = 0;
    h.block = 0;
    this.staticNext += Math.ceil(nbytes / 16) * 16;
    return o;
  }

  /** Free an object's own block (its type's dealloc has released what it owned). */
  freeObject(o: PyObject, nbytes: number): void {
    const h = o.h;
    const block = h.block;
    if (block === 0) return;
    if (o.ob_type.tp_flags_gc) this.gc.onFree(o);
    this.pymalloc.free(block);
    this.liveBytes -= nbytes;
    this.freed++;
    this.trace.push(EventKind.Free, this.line, block, nbytes, this.typeTag(o));
    h.block = 0;
  }

  /**
   * A block start-up allocated that the model makes only when the script first needs it (a
   * builtin type's subclass table about to be replaced): CPython counted it among start-up's
   * blocks, so the count stays, and the trace gives it no line.
   */
  mallocStartup(nbytes: number, owner: string): number {
    const p = this.pymalloc.malloc(nbytes);
    this.liveBytes += nbytes;
    this.startupOffset--;
    this.trace.push(EventKind.Alloc, 0, p, nbytes, this.trace.tagOf(owner));
    return p;
  }

  /**
   * Run fn, whose blocks CPython allocated during start-up (a builtin type's dict, made here on
   * first use): sys.getallocatedblocks() counted them already, and the trace gives them no line.
   */
  asStartup<T>(fn: () => T): T {
    const line = this.line;
    const before = this.pymalloc.getAllocatedBlocks();
    this.line = 0;
    try {
      return fn();
    } finally {
      this.line = line;
      this.startupOffset -= this.pymalloc.getAllocatedBlocks() - before;
    }
  }

  /** A buffer an object owns (list items, dict keys, set table, bytes storage). */
  malloc(nbytes: number, owner: string): number {
    this.checkBudget(nbytes);
    const p = this.pymalloc.malloc(nbytes);
    this.liveBytes += nbytes;
    this.trace.push(EventKind.Alloc, this.line, p, nbytes, this.trace.tagOf(owner));
    return p;
  }

  realloc(p: number, oldBytes: number, nbytes: number, owner: string): number {
    if (p === 0) return this.malloc(nbytes, owner);
    this.checkBudget(nbytes - oldBytes);
    const q = this.pymalloc.realloc(p, nbytes);
    this.liveBytes += nbytes - oldBytes;
    this.trace.push(EventKind.Realloc, this.line, q, nbytes, this.trace.tagOf(owner));
    if (q !== p) this.trace.prev.set(this.trace.length - 1, p);
    return q;
  }

  /**
   * Resize an object's own block (PyObject_GC_Resize through _PyObject_Realloc): it stays in
   * place or moves to another size class, and then its address changes.
   */
  resizeObject(o: PyObject, oldBytes: number, nbytes: number, headerBytes: number): void {
    this.checkBudget(nbytes - oldBytes);
    const p = o.block;
    const q = this.pymalloc.realloc(p, nbytes);
    this.liveBytes += nbytes - oldBytes;
    this.trace.push(EventKind.Realloc, this.line, q, nbytes, this.typeTag(o));
    if (q !== p) this.trace.prev.set(this.trace.length - 1, p);
    o.block = q;
    o.id = q + headerBytes;
    o.serial = 0;
  }

  free(p: number, nbytes: number, owner: string): void {
    if (p === 0) return;
    this.pymalloc.free(p);
    this.liveBytes -= nbytes;
    this.trace.push(EventKind.Free, this.line, p, nbytes, this.trace.tagOf(owner));
  }

  /** Per line: the names it bound last time it ran, with the object and its count right after. */
  readonly bindings: Array<Map<string, { obj: PyObject; refcnt: number; tag: number }> | undefined> = [];

  /** A line starts executing (the VM calls this when the line changes or a loop comes back to it). */
  enterLine(line: number): void {
    this.line = line;
    this.trace.push(EventKind.Line, line, 0, 0, 0);
  }

  /** Control came back to a line (a call returned, a generator resumed): not one more execution. */
  resumeLine(line: number): void {
    if (line === this.line) return;
    this.line = line;
    this.trace.push(EventKind.Line, line, 0, 1, 0);
  }

  /** A store bound `name` to o on the current line. */
  bind(name: string, o: PyObject): void {
    let m = this.bindings[this.line];
    if (m === undefined) this.bindings[this.line] = m = new Map();
    // The line's entry for the name is rewritten in place (nothing keeps one across a run); it keeps the name's trace tag.
    const h = o.h;
    let b = m.get(name);
    if (b === undefined) m.set(name, (b = { obj: o, refcnt: h.ob_refcnt, tag: this.trace.tagOf(name) }));
    else {
      b.obj = o;
      b.refcnt = h.ob_refcnt;
    }
    this.trace.push(EventKind.Bind, this.line, h.id, b.refcnt, b.tag);
  }

  /** The trace tag of o's type, cached on the type. */
  typeTag(o: PyObject): number {
    const t = o.ob_type;
    // Tags are per run (a new Trace each run), so a cached tag is checked against this trace.
    if (t.traceTag < 0 || this.trace.tags[t.traceTag] !== t.tp_name) t.traceTag = this.trace.tagOf(t.tp_name);
    return t.traceTag;
  }

  incref(o: PyObject): void {
    const h = o.h;
    const n = h.ob_refcnt;
    this.trace.ref(h, n < IMMORTAL_MIN ? (h.ob_refcnt = n + 1) : n, false);
  }

  /** Py_DECREF: the object is deallocated the moment its count reaches zero. */
  decref(o: PyObject): void {
    const h = o.h;
    if (h.ob_refcnt >= IMMORTAL_MIN) {
      this.trace.ref(h, h.ob_refcnt, true);
      return;
    }
    const n = --h.ob_refcnt;
    this.trace.ref(h, n, true);
    if (n === 0) {
      const dealloc = o.ob_type.tp_dealloc;
      if (dealloc === undefined) throw new Error(`no tp_dealloc for ${o.ob_type.tp_name}`);
      dealloc(o);
    }
  }

  /**
   * Py_SET_REFCNT(self, refcnt - 1) at the end of PyObject_CallFinalizerFromDealloc: the count
   * the finalizer call held goes back to zero without a second dealloc (the first goes on).
   */
  releaseLastRef(o: PyObject): void {
    if (o.ob_refcnt !== 1) throw new Error(`releaseLastRef: ${o.ob_type.tp_name} has ${o.ob_refcnt} references`);
    this.trace.ref(o.h, --o.h.ob_refcnt, true);
  }

  /**
   * A request about to be made: past the heap budget the run stops here, before the JS
   * array or string that would hold it exists (V8 aborts the process on a huge one).
   */
  checkBudget(nbytes: number): void {
    if (this.trace.limitsDue) {
      // Before anything of the request exists, where a stop leaves the heap whole.
      this.trace.limitsDue = false;
      this.checkLimits();
    }
    if (this.liveBytes + nbytes > this.budgetBytes) {
      throw new BudgetExceeded(
        'heap',
        `the script holds more than ${Math.round(this.budgetBytes / 1048576)} MiB in the modeled heap (a request of ${nbytes} bytes)`,
      );
    }
  }
}
