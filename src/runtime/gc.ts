// The cyclic garbage collector (Modules/gcmodule.c, Python/gc.c in 3.13): three
// generations of tracked containers, the allocation-count trigger, and collect(),
// which finds objects only reachable from each other and clears them.
import { R } from './state';
import { PyObject, PyType } from './objects/object';

/** tp_clear for the containers that have one, keyed by the owning JS class (set by their files). */
export const clearers: Array<[abstract new (...a: never[]) => PyObject, (o: PyObject) => void]> = [];

const NUM_GENERATIONS = 3;

/** A generation: a doubly linked list threaded through the objects (gc_list_*). */
class GenList {
  head: PyObject | null = null;
  tail: PyObject | null = null;
  size = 0;
  add(o: PyObject): void {
    const h = o.h;
    h.gc_prev = this.tail;
    h.gc_next = null;
    if (this.tail !== null) this.tail.h.gc_next = o;
    else this.head = o;
    this.tail = o;
    this.size++;
  }
  remove(o: PyObject): void {
    const h = o.h;
    const prev = h.gc_prev;
    const next = h.gc_next;
    if (prev !== null) prev.h.gc_next = next;
    else this.head = next;
    if (next !== null) next.h.gc_prev = prev;
    else this.tail = prev;
    h.gc_prev = h.gc_next = null;
    this.size--;
  }
  *[Symbol.iterator](): IterableIterator<PyObject> {
    for (let o = this.head; o !== null; o = o.h.gc_next) yield o;
  }
  clear(): void {
    this.head = this.tail = null;
    this.size = 0;
  }
}

/** gc_gen of an object in the permanent generation (no list of the model's holds it). */
const PERMANENT = 3;

export class Collector {
  readonly generations: GenList[] = [new GenList(), new GenList(), new GenList()];
  readonly count = [0, 0, 0];
  /** generation_stats: per generation, collections made, objects collected, uncollectable ones. */
  readonly stats: Array<[number, number, number]> = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  threshold: number[];
  enabled = true;
  collecting = false;
  private longLivedTotal = 0;
  private longLivedPending = 0;

  constructor(readonly minor: number) {
    this.threshold = minor >= 13 ? [2000, 10, 10] : [700, 10, 10];
  }

  isTracked(o: PyObject): boolean {
    return o.h.gc_gen >= 0;
  }

  /** _PyObject_GC_TRACK: the object joins the youngest generation. */
  track(o: PyObject): void {
    const h = o.h;
    if (h.gc_gen >= 0) return;
    h.gc_gen = 0;
    this.generations[0].add(o);
  }

  /** Everything the youngest generation holds moves to generation `to`, in order. */
  promoteAll(to: number): void {
    const young = [...this.generations[0]];
    this.generations[0].clear();
    for (const o of young) {
      o.h.gc_gen = to;
      this.generations[to].add(o);
    }
  }

  untrack(o: PyObject): void {
    const h = o.h;
    const g = h.gc_gen;
    if (g < 0) return;
    h.gc_gen = -1;
    if (g !== PERMANENT) this.generations[g].remove(o);
  }

  /**
   * A start-up object CPython 3.12 leaves in the permanent generation (375 objects, gc.freeze's
   * list, even under -S -I): tracked, and no collection looks at it. Also a start-up object of
   * other versions that stays reachable for the whole run, so that no collection need visit it.
   */
  trackPermanent(o: PyObject): void {
    if (o.h.gc_gen < 0) o.h.gc_gen = PERMANENT;
  }

  /**
   * A collection is due at the next eval-breaker check (3.12+: _PyObject_GC_Link calls
   * _Py_ScheduleGC instead of collecting; _Py_HandlePending runs it, Python/ceval_gil.c).
   */
  scheduled = false;

  /**
   * Called before a GC object is allocated (_PyObject_GC_Link / gc_alloc): count it,
   * and collect when the youngest generation's count passes its threshold (3.8-3.11 at
   * once, 3.12+ at the next eval-breaker check: see runScheduled).
   */
  onAlloc(): void {
    this.count[0]++;
    if (this.count[0] > this.threshold[0] && this.enabled && this.threshold[0] !== 0 && !this.collecting) {
      if (this.minor >= 12) {
        this.scheduled = true;
        return;
      }
      this.collectScheduled();
    }
  }

  /** _Py_HandlePending's _Py_RunGC: the eval loop reached a check with a collection due. */
  runScheduled(): void {
    this.scheduled = false;
    if (this.collecting || !this.enabled) return;
    this.collectScheduled();
  }

  private collectScheduled(): void {
    this.collecting = true;
    try {
      this.collectGenerations();
    } finally {
      this.collecting = false;
    }
  }

  /** PyObject_GC_Del: a GC object's memory is released. */
  onFree(o: PyObject): void {
    this.untrack(o);
    if (this.count[0] > 0) this.count[0]--;
  }

  /** gc_collect_generations: the oldest generation over its threshold (the full one only when worth it). */
  private collectGenerations(): number {
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (this.count[i] > this.threshold[i]) {
        if (i === NUM_GENERATIONS - 1 && this.longLivedPending < this.longLivedTotal / 4) continue;
        return this.collect(i);
      }
    }
    return 0;
  }

  /** gc_collect_main: collect `generation` and the younger ones; the number of unreachable objects found. */
  collect(generation: number): number {
    const wasCollecting = this.collecting;
    this.collecting = true;
    try {
      const n = this.collectMain(generation);
      // gc_collect_main's "Update stats" (the model's garbage is all collectable).
      this.stats[generation][0]++;
      this.stats[generation][1] += n;
      // Only a collection of the oldest generation clears the free lists (gc_collect_main).
      if (generation === NUM_GENERATIONS - 1) this.onFullCollection();
      return n;
    } finally {
      this.collecting = wasCollecting;
    }
  }

  /** Set by the free lists of the run: what a full collection clears. */
  onFullCollection: () => void = () => undefined;

  private collectMain(generation: number): number {
    if (generation + 1 < NUM_GENERATIONS) this.count[generation + 1]++;
    for (let i = 0; i <= generation; i++) this.count[i] = 0;
    // Merge the younger generations into the one being collected.
    // An object whose count reached 0 is being deallocated: CPython's deallocs untrack it first
    // (PyObject_GC_UnTrack), so a collection its dealloc starts neither counts its references
    // nor frees it (a tuple dropping a generator whose close allocates would free it twice).
    const young: PyObject[] = [];
    const dying: PyObject[] = [];
    for (const i of mergeOrder(generation)) {
      for (const o of this.generations[i]) (o.ob_refcnt === 0 ? dying : young).push(o);
    }

    const gcRefs = outsideRefs(young);
    // move_unreachable: walk the young objects in list order; one with outside references
    // keeps what it reaches (an object already passed over as tentatively unreachable is
    // moved back to the end of the list, so it is visited, and later untracked, after).
    const order: Array<PyObject | null> = young.slice();
    const tentative = new Map<PyObject, number>();
    for (let i = 0; i < order.length; i++) {
      const o = order[i];
      if (o === null) continue;
      if (gcRefs.get(o)! <= 0) {
        tentative.set(o, i);
        continue;
      }
      const trav = o.ob_type.tp_traverse;
      if (trav === undefined) continue;
      trav(o, (child) => {
        const r = gcRefs.get(child);
        if (r === undefined) return;
        const at = tentative.get(child);
        if (at !== undefined) {
          tentative.delete(child);
          order[at] = null;
          gcRefs.set(child, 1);
          order.push(child);
        } else if (r <= 0) {
          gcRefs.set(child, 1);
        }
      });
    }
    const survivors: PyObject[] = [];
    for (const o of order) if (o !== null && !tentative.has(o)) survivors.push(o);
    const unreachable: PyObject[] = [...tentative.keys()];
    // untrack_tuples, and in full collections untrack_dicts (up to 3.13).
    for (const o of survivors) {
      if (o.ob_type.tp_name === 'tuple' && !o.ob_type.isHeapType) maybeUntrackTuple(o, this);
      else if (generation === NUM_GENERATIONS - 1 && this.minor <= 13 && o.ob_type.tp_name === 'dict' && !o.ob_type.isHeapType) {
        maybeUntrackDict(o, this);
      }
    }

    // Survivors move to the next generation (the oldest stays where it is).
    const target = Math.min(generation + 1, NUM_GENERATIONS - 1);
    for (let i = 0; i <= generation; i++) this.generations[i].clear();
    for (const o of survivors) {
      if (o.h.gc_gen < 0) continue;
      o.h.gc_gen = target;
      this.generations[target].add(o);
    }
    for (const o of unreachable) {
      o.h.gc_gen = target;
      this.generations[target].add(o);
    }
    for (const o of dying) {
      o.h.gc_gen = target;
      this.generations[target].add(o);
    }
    if (generation === NUM_GENERATIONS - 2) this.longLivedPending += survivors.length;
    if (generation === NUM_GENERATIONS - 1) {
      this.longLivedPending = 0;
      this.longLivedTotal = survivors.length;
    }
    const final = this.finalizeGarbage(unreachable);
    deleteGarbage(final, this);
    return final.length;
  }

  /**
   * finalize_garbage, then what is still garbage: 3.9+ handle_resurrected_objects keeps the
   * objects a __del__ made reachable again (they stay in the older generation) and deletes
   * the rest; 3.8's check_garbage deletes nothing once any object came back.
   */
  private finalizeGarbage(unreachable: PyObject[]): PyObject[] {
    if (!unreachable.some((o) => o.ob_type.tp_finalize !== undefined && !isFinalized(o))) return unreachable;
    for (const o of unreachable) if (this.isTracked(o)) finalizeHeld(o);
    // A finalizer may have let some of them go already.
    const alive = unreachable.filter((o) => this.isTracked(o));
    const still = stillUnreachable(alive);
    if (this.minor <= 8) return still.length === alive.length ? alive : [];
    return still;
  }
}

const finalized = new WeakSet<PyObject>();

/** _PyGC_FINALIZED: a GC object's __del__ has run (objects/finalize.ts). */
export function isFinalized(o: PyObject): boolean {
  return finalized.has(o);
}

/** PyObject_CallFinalizer: tp_finalize once per GC object (the flag set first, as CPython does). */
export function callFinalizer(o: PyObject): void {
  const fin = o.ob_type.tp_finalize;
  if (fin === undefined || finalized.has(o)) return;
  if (o.ob_type.tp_flags_gc) finalized.add(o);
  fin(o);
}

/** finalize_garbage's call: the finalizer runs while a reference holds o, released after. */
export function finalizeHeld(o: PyObject): void {
  if (o.ob_type.tp_finalize === undefined || finalized.has(o)) return;
  R.heap.incref(o);
  callFinalizer(o);
  R.heap.decref(o);
}

/** gc_list_merge appends each younger list to the collected one's: `generation`, then 0, 1... */
export function mergeOrder(generation: number): number[] {
  return [generation, ...Array.from({ length: generation }, (_, k) => k)];
}

/** What the collector would find unreachable now among all it tracks (the model's own references count as outside ones). */
export function garbageNow(gc: Collector): Set<PyObject> {
  const all: PyObject[] = [];
  for (const g of gc.generations) for (const o of g) if (o.ob_refcnt > 0) all.push(o);
  return new Set(stillUnreachable(all));
}

/** update_refs and subtract_refs: what is left of each object's count once the set's own references are taken off (the references from outside it). */
function outsideRefs(objs: readonly PyObject[]): Map<PyObject, number> {
  const gcRefs = new Map<PyObject, number>();
  for (const o of objs) gcRefs.set(o, o.ob_refcnt);
  for (const o of objs) {
    o.ob_type.tp_traverse?.(o, (child) => {
      const r = gcRefs.get(child);
      if (r !== undefined) gcRefs.set(child, r - 1);
    });
  }
  return gcRefs;
}

/** Everything `roots` reach through tp_traverse, the roots included; only objects `within` holds when it is given. */
export function reachable(roots: readonly PyObject[], within?: ReadonlyMap<PyObject, unknown>): Set<PyObject> {
  const reached = new Set<PyObject>(roots);
  const stack = [...roots];
  while (stack.length > 0) {
    const o = stack.pop()!;
    o.ob_type.tp_traverse?.(o, (child) => {
      if (reached.has(child) || (within !== undefined && !within.has(child))) return;
      reached.add(child);
      stack.push(child);
    });
  }
  return reached;
}

/** deduce_unreachable over the garbage alone: what no reference from outside it reaches now. */
function stillUnreachable(objs: PyObject[]): PyObject[] {
  const gcRefs = outsideRefs(objs);
  const reached = reachable(objs.filter((o) => gcRefs.get(o)! > 0), gcRefs);
  return objs.filter((o) => !reached.has(o));
}

/** _PyTuple_MaybeUntrack: a tuple whose items the collector cannot track is untracked. */
function maybeUntrackTuple(t: PyObject, gc: Collector): void {
  let keep = false;
  let seen = 0;
  t.ob_type.tp_traverse?.(t, (child) => {
    seen++;
    if (mayBeTracked(child)) keep = true;
  });
  // A tuple with empty slots is still being built: it stays tracked.
  if (seen < (t as PyObject & { items: unknown[] }).items.length) keep = true;
  if (!keep) gc.untrack(t);
}

/** _PyDict_MaybeUntrack: a dict of atomic keys and values is untracked. */
function maybeUntrackDict(d: PyObject, gc: Collector): void {
  let keep = false;
  d.ob_type.tp_traverse?.(d, (child) => {
    if (mayBeTracked(child)) keep = true;
  });
  if (!keep) gc.untrack(d);
}

/** Objects/typeobject.c type_is_gc: a heap type is a GC object, a static (builtin) one never tracked. */
export function typeIsGc(t: PyType): boolean {
  return t.isHeapType || (t.startupHeapTypeSince !== null && R.minor >= t.startupHeapTypeSince);
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, unless it is an untracked exact tuple. */
export function mayBeTracked(o: PyObject): boolean {
  if (!o.ob_type.tp_flags_gc) return false;
  if (o instanceof PyType) return typeIsGc(o);
  return o.ob_type.tp_name !== 'tuple' || o.ob_type.isHeapType || o.h.gc_gen >= 0;
}

/** delete_garbage: hold each unreachable object, clear its references, let go. */
function deleteGarbage(unreachable: PyObject[], gc: Collector): void {
  for (const o of unreachable) o.ob_refcnt++;
  for (const o of unreachable) {
    if (!gc.isTracked(o)) continue;
    const clear = clearerFor(o);
    if (clear !== undefined) clear(o);
  }
  for (const o of unreachable) R.heap.decref(o);
}

function clearerFor(o: PyObject): ((o: PyObject) => void) | undefined {
  for (const [cls, fn] of clearers) if (o instanceof cls) return fn;
  return undefined;
}
