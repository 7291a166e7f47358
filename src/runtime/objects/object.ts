// PyObject and PyTypeObject: the header every object has (reference count, type,
// simulated address) and the slot table a type fills, named as in Include/cpython/object.h.
import { R } from '../state';
import type { PyStr } from './str';
import type { PyTuple } from './tuple';

/** Comparison operators as in Include/object.h (Py_LT .. Py_GE). */
export const enum CmpOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

/** A hash value: CPython's Py_hash_t, a JS number while it is a safe integer, else a bigint. */
export type Hash = number | bigint;

/** The canonical form of a hash: a number whenever the value fits exactly. */
/**
 * The count a statically allocated object starts at: immortal from 3.12, 3.11's
 * _PyObject_IMMORTAL_INIT (999999999, Include/internal/pycore_object.h), else its one reference.
 */
export function staticRefcnt(): number {
  return R.minor >= 12 ? 0xffffffff : R.minor === 11 ? 999_999_999 : 1;
}

/** __qualname__ of any type (a builtin type's is its name). */
export function typeQualname(t: PyType): string {
  if (t.ht_qualname !== null) return t.ht_qualname.value;
  // _PyType_Name: a static type's name after its module ("types.GenericAlias" -> "GenericAlias").
  return t.isHeapType ? t.tp_name : t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1);
}

export function canonHash(h: bigint): Hash {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/**
 * What every reference-count change, allocation and collector link writes, in an object of
 * one shape: through PyObject's fifty-odd classes the engine's access is megamorphic,
 * several times slower per field (a store most of all) than on this single class.
 */
export class ObHead {
  ob_refcnt = 1;
  /** The simulated address of the object (what id() returns); 0 until allocated. */
  id = 0;
  /** The block the object lives in (id minus the GC head and pre-header). */
  block = 0;
  /** Its number in the trace's refcount table (trace.ts); 0 again whenever id changes. */
  serial = 0;
  /** The collector's generation list links (PyGC_Head's _gc_prev/_gc_next) and generation; -1 = untracked. */
  gc_prev: PyObject | null = null;
  gc_next: PyObject | null = null;
  gc_gen = -1;
}

export class PyObject {
  /** Hot paths (heap.ts, trace.ts) use the head directly; the accessors below are for the rest. */
  readonly h = new ObHead();
  get ob_refcnt(): number {
    return this.h.ob_refcnt;
  }
  set ob_refcnt(n: number) {
    this.h.ob_refcnt = n;
  }
  get id(): number {
    return this.h.id;
  }
  set id(n: number) {
    this.h.id = n;
  }
  get block(): number {
    return this.h.block;
  }
  set block(n: number) {
    this.h.block = n;
  }
  get serial(): number {
    return this.h.serial;
  }
  set serial(n: number) {
    this.h.serial = n;
  }
  /** Instance attribute dictionary for instances of user classes (null for builtins). */
  dict: Map<string, PyObject> | null = null;
  constructor(public ob_type: PyType) {}
}

export type BinarySlot = (a: PyObject, b: PyObject) => PyObject;
export type TernarySlot = (a: PyObject, b: PyObject, c: PyObject) => PyObject;

/** Number-protocol slots (PyNumberMethods); each returns NotImplemented when it cannot handle the pair. */
export interface NumberMethods {
  nb_add?: BinarySlot;
  nb_subtract?: BinarySlot;
  nb_multiply?: BinarySlot;
  nb_remainder?: BinarySlot;
  nb_divmod?: BinarySlot;
  nb_power?: BinarySlot;
  nb_lshift?: BinarySlot;
  nb_rshift?: BinarySlot;
  nb_and?: BinarySlot;
  nb_xor?: BinarySlot;
  nb_or?: BinarySlot;
  nb_floor_divide?: BinarySlot;
  nb_true_divide?: BinarySlot;
  nb_matrix_multiply?: BinarySlot;
  nb_negative?: (a: PyObject) => PyObject;
  nb_positive?: (a: PyObject) => PyObject;
  nb_absolute?: (a: PyObject) => PyObject;
  nb_invert?: (a: PyObject) => PyObject;
  nb_bool?: (a: PyObject) => boolean;
  nb_int?: (a: PyObject) => PyObject;
  nb_float?: (a: PyObject) => PyObject;
  nb_index?: (a: PyObject) => PyObject;
  /** In-place variants; absent means fall back to the binary slot. */
  nb_inplace?: Partial<Record<BinaryOpName, BinarySlot>>;
}

export type BinaryOpName =
  | 'nb_add'
  | 'nb_subtract'
  | 'nb_multiply'
  | 'nb_remainder'
  | 'nb_power'
  | 'nb_lshift'
  | 'nb_rshift'
  | 'nb_and'
  | 'nb_xor'
  | 'nb_or'
  | 'nb_floor_divide'
  | 'nb_true_divide'
  | 'nb_matrix_multiply';

/**
 * A type. Builtin types fill the slots with TypeScript functions; a class statement
 * creates a PyType whose slots call the class's dunder methods (see typeobject.ts).
 */
export class PyType extends PyObject {
  tp_name: string;
  /** The trace's tag for this type's allocations (-1 until first used). */
  traceTag = -1;
  tp_base: PyType | null = null;
  tp_bases: PyType[] = [];
  tp_mro: PyType[] = [];
  /** The type's namespace: methods, descriptors, class attributes. */
  tp_dict = new Map<string, PyObject>();
  /**
   * A heap type's own objects (heaptype.ts): tp_dict as a dict object (which owns the
   * entries tp_dict indexes), the tp_bases and tp_mro tuples, and tp_subclasses.
   */
  ht_dict: PyObject | null = null;
  ht_bases: PyObject | null = null;
  ht_mro: PyObject | null = null;
  ht_subclasses: PyObject | null = null;
  ht_slots: PyObject | null = null;
  /** A heap type's ht_name and ht_qualname, str objects it holds (tp_name is ht_name's text). */
  ht_name: PyStr | null = null;
  ht_qualname: PyStr | null = null;
  /** Py_TPFLAGS_HAVE_GC: instances carry a PyGC_Head and are tracked by the collector. */
  tp_flags_gc = false;
  /** Py_TPFLAGS_BASETYPE */
  tp_flags_basetype = true;
  /**
   * Py_TPFLAGS_METHOD_DESCRIPTOR (function, method_descriptor, wrapper_descriptor):
   * _PyObject_GetMethod leaves such an attribute of the type unbound, to be called with self.
   */
  tp_flags_method_descriptor = false;
  /** Defined by a class statement (a heap type). */
  isHeapType = false;
  /**
   * From this 3.minor on, CPython's start-up makes this type a heap type (Py_TPFLAGS_HEAPTYPE)
   * where the model keeps a builtin one: the collector tracks it (gc.ts typeIsGc).
   */
  startupHeapTypeSince: number | null = null;
  /** A heap type's lookups of its special methods (classes.ts classCallLookups), or null. */
  callLookups: { epoch: number; userNew: PyObject | null; userInit: PyObject | null; genericGetattr: boolean; attrHooks: number } | null = null;
  /** tp_basicsize and tp_itemsize, bytes (64-bit), as the version profile gives them. */
  tp_basicsize = 16;
  tp_itemsize = 0;
  /** The slot names of a heap type's instances when it has __slots__ (its bases' first), else null. */
  slotNames: string[] | null = null;
  /** A heap type's instances have a __dict__, a weak reference list (tp_dictoffset, tp_weaklistoffset != 0). */
  instanceDict = true;
  instanceWeakref = true;
  /** type_new's add_dict and add_weak: the type made room for them itself (its __dict__ and __weakref__ getsets). */
  addsDict = false;
  addsWeakref = false;
  /** A heap type's tp_doc block, the C copy of a str __doc__ (type_new_set_doc), and its bytes; 0 when none. */
  tp_doc = 0;
  tp_docBytes = 0;
  /** A heap type's instance layout (instance-layout.ts instanceShape), once worked out. */
  instanceShape: object | null = null;

  tp_repr?: (o: PyObject) => PyStr;
  tp_str?: (o: PyObject) => PyStr;
  tp_hash?: (o: PyObject) => Hash;
  tp_richcompare?: (a: PyObject, b: PyObject, op: CmpOp) => PyObject;
  tp_getattro?: (o: PyObject, name: PyStr) => PyObject | null;
  tp_setattro?: (o: PyObject, name: PyStr, v: PyObject | null) => void;
  tp_call?: (callable: PyObject, args: PyObject[], kwnames: PyStr[] | null) => PyObject;
  tp_iter?: (o: PyObject) => PyObject;
  /** Returns the next item (a new reference), or null when exhausted (StopIteration without a value). */
  tp_iternext?: (o: PyObject) => PyObject | null;
  /** Descriptor protocol: __get__ and __set__/__delete__. */
  tp_descr_get?: (descr: PyObject, obj: PyObject | null, type: PyType) => PyObject;
  tp_descr_set?: (descr: PyObject, obj: PyObject, v: PyObject | null) => void;
  /** Called by type.__call__ before __init__ (tp_new), with the type being instantiated. */
  tp_new?: (type: PyType, args: PyObject[], kwnames: PyStr[] | null) => PyObject;
  /** argsTuple: the tuple a slot wrapper's call hands wrap_init (Objects/typeobject.c), when there is one. */
  tp_init?: (self: PyObject, args: PyObject[], kwnames: PyStr[] | null, argsTuple?: PyTuple | null) => void;
  /** Releases what the object owns (decref members, free buffers) and its own block. */
  tp_dealloc?: (o: PyObject) => void;
  /** __del__ (tp_finalize): run once before the object goes, by dealloc or the collector. */
  tp_finalize?: (o: PyObject) => void;
  /** Visits every object the container references (for the cyclic collector). */
  tp_traverse?: (o: PyObject, visit: (child: PyObject) => void) => void;
  tp_as_number: NumberMethods = {};
  /** len() (sq_length / mp_length) */
  mp_length?: (o: PyObject) => number;
  mp_subscript?: (o: PyObject, key: PyObject) => PyObject;
  mp_ass_subscript?: (o: PyObject, key: PyObject, v: PyObject | null) => void;
  sq_contains?: (o: PyObject, v: PyObject) => boolean;
  /** __sizeof__ for sys.getsizeof (without the GC head and pre-header, which sys adds). */
  tp_sizeof?: (o: PyObject) => number;

  constructor(metatype: PyType | null, name: string) {
    // `type` is its own metatype; it is patched in after construction.
    super(metatype as PyType);
    this.tp_name = name;
  }
}

/**
 * Changes whenever a heap type's namespace does (typeDictSet, typeDictDel): what was looked
 * up along a class's MRO stays valid while it is unchanged (CPython's tp_version_tag, here one
 * for all types, as assignments to class attributes are rare).
 */
export const typeNamespaces = { epoch: 0 };

/** Does the heap type (or a heap base) define `name` itself? */
export function definedInPython(t: PyType, name: string): PyObject | null {
  for (const k of t.tp_mro) {
    if (!k.isHeapType) return null;
    const v = k.tp_dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/**
 * _PyType_Lookup's method cache (method-cache.ts installs it): `lookup` fills a str's entry,
 * `touch` the entry of a name given as text; `held` counts the entries holding a name.
 */
export const methodCacheHook = {
  held: 0,
  touch: (_t: PyType, _name: string): void => {},
  lookup: (_t: PyType, _name: PyStr): void => {},
};

/** The cache's part in a lookup of the str name on t. */
export function methodCacheLookup(t: PyType, name: PyStr): void {
  methodCacheHook.lookup(t, name);
}

/** _PyType_Lookup by a str object: the walk, and the cache entry the name takes. */
export function typeLookupStr(t: PyType, name: PyStr): PyObject | null {
  methodCacheLookup(t, name);
  return findNameInMro(t, name.value);
}

/** Walk the MRO for a name in the types' dictionaries (_PyType_Lookup). */
export function typeLookup(type: PyType, name: string): PyObject | null {
  methodCacheHook.touch(type, name);
  return findNameInMro(type, name);
}

/** find_name_in_mro: the walk itself, without the method cache. */
export function findNameInMro(type: PyType, name: string): PyObject | null {
  const mro = type.tp_mro;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i].tp_dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/** PyType_IsSubtype */
export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}
