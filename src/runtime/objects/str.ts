// str (Objects/unicodeobject.c): immutable text with code-point length, the compact
// layouts (ASCII, Latin-1, UCS-2, UCS-4) whose sizes a version's profile gives, and interning.
import { firstInRun, R } from '../state';
import { identifierUsed } from './identifiers';
import { Hash, PyObject, PyType, staticRefcnt } from './object';
import { startupRefcount } from './startup-singleton-refcounts';
import { hashBytes, hashLow32 } from './pyhash';
import { readyType } from './typeobject';

export class PyStr extends PyObject {
  /** Cached hash, or -1 before it is computed (like PyASCIIObject.hash). */
  hash: Hash = -1;
  /** dict.ts's bucket key of the hash (its low 32 bits), kept with it: most str hashes are BigInts. */
  bucket = 0;
  interned = false;
  private cps: number[] | null = null;
  /** Length in code points. */
  readonly length: number;
  /** Largest code point, which picks the kind (1, 2 or 4 bytes per character). */
  readonly maxchar: number;
  constructor(
    type: PyType,
    readonly value: string,
  ) {
    super(type);
    let len = 0;
    let max = 0;
    for (let i = 0; i < value.length; i++) {
      let c = value.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
        const d = value.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c > max) max = c;
      len++;
    }
    this.length = len;
    this.maxchar = max;
  }
  /** resize_compact after PyUnicode_Append grew this str in place (str-append.ts): it now reads value + tail. */
  extend(tail: PyStr): void {
    const self = this as { value: string; length: number; maxchar: number };
    self.value = this.value + tail.value;
    self.length = this.length + tail.length;
    self.maxchar = Math.max(this.maxchar, tail.maxchar);
    this.cps = null;
  }
  /** Code points, when the string has characters outside the BMP. */
  codePoints(): number[] {
    if (this.cps === null) this.cps = Array.from(this.value, (ch) => ch.codePointAt(0)!);
    return this.cps;
  }
  /** Whether JS string indexes equal Python indexes (no surrogate pairs). */
  get simple(): boolean {
    return this.length === this.value.length;
  }
  /** The code point at index i (0 <= i < length). */
  charAt(i: number): string {
    return this.simple ? this.value[i] : String.fromCodePoint(this.codePoints()[i]);
  }
  slice(start: number, end: number): string {
    if (this.simple) return this.value.slice(start, end);
    return String.fromCodePoint(...this.codePoints().slice(start, end));
  }
}

export const strType = readyType(new PyType(null, 'str'));

/** Bytes of the compact object: header + (n + 1) characters of the kind (PyUnicode_New). */
export function strSizeof(s: PyStr): number {
  return strRequest(s.length, s.maxchar);
}

/** PyUnicode_New(n, maxchar)'s request. */
export function strRequest(n: number, maxchar: number): number {
  const legacy = R.minor <= 11; // 3.12 removed wstr (PEP 623)
  if (maxchar < 128) return (legacy ? 48 : 40) + n + 1;
  const header = legacy ? 72 : 56;
  const kind = maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
  return header + (n + 1) * kind;
}
strType.tp_sizeof = (o) => (o.ob_type === strType ? strSizeof(o as PyStr) : legacyStrSizeof(o as PyStr));
strType.tp_dealloc = (o) => {
  if (o.ob_type !== strType) return freeStrSubtype(o as PyStr);
  if ((o as PyStr).interned) interned.delete((o as PyStr).value);
  R.heap.freeObject(o, strSizeof(o as PyStr));
};

/**
 * unicode_subtype_new: an instance of a str subclass is a legacy (not compact) string, a
 * PyUnicodeObject whose characters live in a buffer of their own (PyObject_Malloc).
 */
const subtypeData = new WeakMap<PyStr, { block: number; bytes: number; objBytes: number }>();

function legacyStrHeader(): number {
  return R.minor <= 11 ? 80 : 64;
}

function strDataBytes(s: PyStr): number {
  const kind = s.maxchar < 256 ? 1 : s.maxchar < 65536 ? 2 : 4;
  return (s.length + 1) * kind;
}

/** unicode_sizeof of a legacy string: the object and its character buffer. */
function legacyStrSizeof(s: PyStr): number {
  return legacyStrHeader() + strDataBytes(s);
}

/** An instance of str subclass t: `extra` is what t adds to the legacy header, `pre` its pre-header. */
export function newStrSubtype(t: PyType, value: string, extra: number, pre: number): PyStr {
  const o = new PyStr(t, value);
  const objBytes = pre + legacyStrHeader() + extra;
  R.heap.newObject(o, objBytes, pre);
  R.heap.incref(t);
  const bytes = strDataBytes(o);
  subtypeData.set(o, { block: R.heap.malloc(bytes, 'str data'), bytes, objBytes });
  return o;
}

function freeStrSubtype(o: PyStr): void {
  const d = subtypeData.get(o)!;
  R.heap.free(d.block, d.bytes, 'str data');
  R.heap.freeObject(o, d.objBytes);
}

/** Strings that are one of a kind: the empty string and the 256 Latin-1 characters. */
let singletons = new Map<string, PyStr>();
/**
 * Up to 3.10, unicodeobject.c's get_latin1_char makes a one-character str on first use and
 * keeps it (unicode_latin1[]); from 3.11 all 256 are static.
 */
let lazyLatin1 = false;
/**
 * The one-character strs 3.8-3.10's start-up has made (measured: chr(c) for every c with
 * sys.getallocatedblocks() around it, under 3.8.18, 3.9.18 and 3.10.13, which agree). A
 * script's own one-character constants and names are made when it is compiled.
 */
const LATIN1_AT_START = new Set([
  10, 13, 35, 36, 41, 42, 45, 46, 47, 56, 58, 61, 63, 66, 67, 68, 69, 70, 71, 76, 77, 78, 79, 80, 82, 83, 84, 87, 88, 92, 93, 95,
  97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 123, 125, 126,
]);
/** The interned strings (the interpreter's `interned` dict). */
let interned = new Map<string, PyStr>();

/** 3.11's static identifiers (_Py_ID) that its interned dict does not hold, made on first use. */
let staticIds = new Map<string, PyStr>();

export function initStrings(): void {
  singletons = new Map();
  deepfrozenCharacters = new Map();
  interned = new Map();
  staticIds = new Map();
  const immortal = staticRefcnt();
  const mk = (v: string, key?: string): void => {
    const o = new PyStr(strType, v);
    o.ob_refcnt = key === undefined ? immortal : startupRefcount(key, immortal);
    R.heap.newStatic(o, strSizeof(o));
    singletons.set(v, o);
  };
  mk('', "''");
  lazyLatin1 = R.minor <= 10;
  for (let c = 0; c < 256; c++) if (!lazyLatin1 || LATIN1_AT_START.has(c)) mk(String.fromCharCode(c), `chr ${c}`);
  // Identifiers CPython has interned before any script runs (_Py_ID from 3.12), which the
  // runtime puts in a class's dict (the script's first class must not allocate them) or
  // a parser's keyword tuple holds (builtin-call.ts parserInit).
  for (const id of startupIdentifiers(R.minor)) mk(id);
  // Py_ReprEnter's key is _Py_ID(Py_Repr) from 3.11, static like the rest.
  if (R.minor >= 11) mk('Py_Repr');
}

// The builtin types' dict keys are start-up's too (typeDictNames); these are the others: a
// class's __weakref__ slot, print's, sort's and min/max's keywords, int.from_bytes's,
// builtin___build_class__'s, and two that start-up's Python code interns before their types
// exist (3.8's __class_getitem__, the exception groups' message).
// Also itertools' parsers' keywords and type names that start-up has interned already.
const STARTUP_IDENTIFIERS = [
  '__weakref__', 'sep', 'end', 'file', 'key', 'default', 'byteorder', 'bytes', 'metaclass', '__class_getitem__', 'message',
  'func', 'data', 'strict', 'chain', 'compress',
];
/**
 * Interned by 3.11's start-up and later ones, not before (sys.intern of a new copy, 3.8-3.13):
 * with itertools' keywords (3.11's start-up uses itertools; 3.12+ have them as _Py_ID).
 */
const STARTUP_IDENTIFIERS_311 = ['length', 'maxsplit', 'iterable', 'initial', 'fillvalue'];
/** 3.12+'s static _Py_ID strings among itertools' and collections' names. */
const STARTUP_IDENTIFIERS_312 = ['selectors', '__copy__', '__missing__'];
/** 3.13's _Py_ID for deque's clinic keyword. */
const STARTUP_IDENTIFIERS_313 = ['maxlen'];

/** The identifiers beyond the type-dict names a run of this version starts with. */
export function startupIdentifiers(minor: number): string[] {
  if (minor >= 12) return [...STARTUP_IDENTIFIERS, ...STARTUP_IDENTIFIERS_311, ...STARTUP_IDENTIFIERS_312, ...(minor >= 13 ? STARTUP_IDENTIFIERS_313 : [])];
  return minor >= 11 ? [...STARTUP_IDENTIFIERS, ...STARTUP_IDENTIFIERS_311] : [...STARTUP_IDENTIFIERS];
}

/** A new reference to a str with this value (the empty and one-character strings are shared). */
export function newStr(v: string): PyStr {
  if (v.length <= 1) {
    let s = singletons.get(v);
    if (s === undefined && lazyLatin1 && v.length === 1 && v.charCodeAt(0) < 256) {
      // Made now, by the script; the cache keeps this first reference.
      s = new PyStr(strType, v);
      R.heap.newObject(s, strSizeof(s), 0);
      singletons.set(v, s);
    }
    if (s !== undefined) {
      R.heap.incref(s);
      return s;
    }
  }
  const o = new PyStr(strType, v);
  return R.heap.newObject(o, strSizeof(o), 0);
}

/**
 * PyUnicode_FromFormat's %s arguments are each decoded to a str first (unicodeobject.c
 * unicode_fromformat_write_cstr), so up to 3.10 a one-character one makes its Latin-1 singleton.
 */
export function fromFormatPieces(...pieces: string[]): void {
  if (!lazyLatin1) return;
  for (const p of pieces) if (p.length === 1) R.heap.decref(newStr(p));
}

/**
 * _PyUnicodeWriter_Finish's result: the writer's buffer (block, `bytes` long, already resized to
 * v) becomes the str. unicode_result_ready gives the Latin-1 singleton for one such character
 * instead, freeing the buffer; up to 3.10, when that singleton was not made yet, this str becomes it.
 */
export function strFromWriterBuffer(v: string, block: number, bytes: number): PyStr {
  if (v.length === 1 && v.charCodeAt(0) < 256) {
    const s = singletons.get(v);
    if (s !== undefined) {
      R.heap.free(block, bytes, 'str');
      R.heap.incref(s);
      return s;
    }
  }
  const o = new PyStr(strType, v);
  const h = o.h;
  h.block = block;
  h.id = block;
  if (lazyLatin1 && v.length === 1 && v.charCodeAt(0) < 256) {
    singletons.set(v, o);
    R.heap.incref(o);
  }
  return o;
}

/** A str object of its own even for one character (PyUnicode_New then filled, as int's repr does). */
export function newStrObject(v: string): PyStr {
  if (v === '') return newStr(v);
  const o = new PyStr(strType, v);
  return R.heap.newObject(o, strSizeof(o), 0);
}

/**
 * The names CPython's start-up interned as keys of the builtin types' dicts (startup-names.ts),
 * for this run's version: interning one finds start-up's str, never a block of the script's.
 */
let typeDictNames: ReadonlySet<string> = new Set();

/** A new run's version's start-up type-dict names. */
export function setStartupTypeDictNames(names: ReadonlySet<string>): void {
  typeDictNames = names;
}

/** Whether CPython's start-up interned v before any script (a type-dict name or one made already). */
export function internedAtStart(v: string): boolean {
  return typeDictNames.has(v) || singletons.has(v);
}

/**
 * 3.11's and 3.12's deep-frozen modules (Python/deepfreeze/deepfreeze.c) hold static str
 * objects of their own for their one-character names, interned at start-up: interning one of
 * these characters gives that object, not the latin-1 singleton (measured: `'a' is chr(97)`
 * under 3.11.7 and 3.12.1; 3.13 interns the singletons).
 */
const DEEPFROZEN_CHARACTERS: Readonly<Record<number, string>> = { 11: 'abcdefhijklmnopqrstvwxyBCLST_', 12: 'abcdenprsx_' };
let deepfrozenCharacters = new Map<string, PyStr>();
/** 3.11: the references start-up holds on them (the frozen code's names and constants), measured as startup-singleton-refcounts.ts's. */
const DEEPFROZEN_REFERENCES_311: Readonly<Record<string, number>> = {
  a: 22, b: 26, c: 22, d: 12, e: 17, f: 15, h: 2, i: 38, j: 10, k: 21, l: 4, m: 11, n: 38, o: 12, p: 29,
  q: 3, r: 35, s: 33, t: 19, v: 14, w: 18, x: 45, y: 1, B: 1, C: 1, L: 8, S: 8, T: 10, _: 29,
};

/** The deep-frozen modules' interned object for one-character v (a new reference), or null. */
function deepfrozenCharacter(v: string): PyStr | null {
  if (v.length !== 1 || !(DEEPFROZEN_CHARACTERS[R.minor] ?? '').includes(v)) return null;
  return staticInterned(v, deepfrozenCharacters, R.minor === 11 ? DEEPFROZEN_REFERENCES_311[v] : 0);
}

/** The static interned str for v in `made`, made there on first use with start-up's `held` references: a new reference. */
function staticInterned(v: string, made: Map<string, PyStr>, held = 0): PyStr {
  let o = made.get(v);
  if (o === undefined) {
    o = new PyStr(strType, v);
    o.ob_refcnt = staticRefcnt() + held;
    o.interned = true;
    R.heap.newStatic(o, strSizeof(o));
    made.set(v, o);
  }
  R.heap.incref(o);
  return o;
}

/** PyUnicode_InternFromString: the one str object for this value. Returns a new reference. */
export function internStr(v: string): PyStr {
  const frozen = deepfrozenCharacter(v);
  if (frozen !== null) return frozen;
  if (v.length === 1 && v.charCodeAt(0) < 256) return newStr(v);
  const s = singletons.get(v) ?? interned.get(v);
  if (s !== undefined) {
    R.heap.incref(s);
    return s;
  }
  if (typeDictNames.has(v)) return builtinName(v);
  const o = newStr(v);
  o.interned = true;
  interned.set(v, o);
  // The interned dict's references are not counted (mortal interned strings, and the C code's
  // identifiers, which CPython made before the script); the first reference is the caller's.
  return o;
}

/**
 * A str a code object interns (Objects/codeobject.c), a new reference. 3.12 makes all it
 * interns immortal (_PyUnicode_InternInPlace); 3.13+ intern_strings makes a code's names and
 * local names immortal (_PyUnicode_InternImmortal, even a str interned mortal before), its
 * constants and co_name mortal.
 */
export function internCodeStr(v: string, isName: boolean): PyStr {
  const s = internStr(v);
  if ((R.minor === 12 || (isName && R.minor >= 13)) && s.ob_refcnt < IMMORTAL_REFCNT - 1_000_000) s.ob_refcnt = IMMORTAL_REFCNT;
  return s;
}

/** _Py_IMMORTAL_REFCNT (3.12+): decrefs never bring it near zero. */
const IMMORTAL_REFCNT = 0xffffffff;

/**
 * A key of a builtin type's dict: CPython interned it at start-up (type_ready's dict), so it
 * is never a block of the script's; made static here on first use. Returns a new reference.
 */
export function builtinName(v: string): PyStr {
  const s = singletons.has(v) ? undefined : interned.get(v);
  if (s !== undefined) {
    R.heap.incref(s);
    return s;
  }
  return staticInterned(v, singletons);
}

/** A str of start-up's that is not interned (PyErr_NewException's module name): never a block of the script's. */
export function startupStr(v: string): PyStr {
  const o = new PyStr(strType, v);
  return R.heap.newStatic(o, strSizeof(o));
}

/**
 * _Py_ID(v) as a C function returns it (a new reference): the interned str, except on 3.11,
 * whose static identifiers stay out of the interned dict (3.12 interns them at start-up), so
 * there it is an object of its own, equal to the interned one but not the same.
 */
export function staticId(v: string): PyStr {
  // 3.12+ _Py_ID strings are static and interned at start-up: never a block of the script's.
  if (R.minor >= 12) return builtinName(v);
  if (R.minor !== 11) return internStr(v);
  let o = staticIds.get(v);
  if (o === undefined) {
    o = new PyStr(strType, v);
    o.ob_refcnt = staticRefcnt();
    R.heap.newStatic(o, strSizeof(o));
    staticIds.set(v, o);
  }
  R.heap.incref(o);
  return o;
}

/**
 * A C function's _Py_IDENTIFIER(v) on use: up to 3.10 _PyUnicode_FromId makes the str on first
 * use, interns it and holds it for good (a block of the script's unless the name was interned
 * already); from 3.11 _Py_ID(v) is static.
 */
export function pyIdentifier(v: string): void {
  if (R.minor <= 10 && firstInRun(`identifier ${v}`)) internStr(v);
}

/**
 * An extension module's _Py_IDENTIFIER on use (math's __floor__, __ceil__, __trunc__ up to
 * 3.11; core code has _Py_ID from 3.11, the module state from 3.12): up to 3.10 as
 * pyIdentifier; 3.11's _PyUnicode_FromId makes and interns the str and stores it in the
 * interpreter's array, which the first one makes with max(2 × index, 16) slots (PyMem_Realloc
 * of NULL). The array is empty when a script starts (measured: 3.11's start-up uses none), and
 * the model's modules name three identifiers, so it never outgrows those 16.
 */
export function moduleIdentifier(v: string, decl: string): void {
  identifierUsed(decl);
  if (R.minor <= 10) return pyIdentifier(v);
  if (R.minor > 11 || !firstInRun(`module identifier ${v}`)) return;
  // PyUnicode_DecodeUTF8Stateful, then PyUnicode_InternInPlace; the array keeps the reference.
  const made = newStr(v);
  internInPlace(made);
  R.heap.decref(made);
  if (firstInRun('module identifiers array')) R.heap.malloc(16 * 8, 'identifiers');
}

/**
 * The str a C function names with _Py_IDENTIFIER (up to 3.10, held for good) or _Py_ID (3.11+,
 * static): a new reference. `decl` names a declaration start-up has not used (3.10 numbers it
 * then: objects/identifiers.ts).
 */
export function cIdentifier(v: string, decl?: string): PyStr {
  if (decl !== undefined) identifierUsed(decl);
  if (R.minor >= 11) return staticId(v);
  pyIdentifier(v);
  return internStr(v);
}

/** The interned str (or the one-character singleton) for v, if there is one; no reference. */
export function findInterned(v: string): PyStr | undefined {
  return singletons.get(v) ?? interned.get(v);
}

/**
 * PyUnicode_InternInPlace (sys.intern, PyObject_SetAttr's name): the interned copy of s, a
 * new reference. A str subclass is not interned. 3.12 makes what it interns immortal
 * (_PyUnicode_InternInPlace: _Py_SetImmortal); 3.8-3.11 and 3.13's sys.intern and
 * PyObject_SetAttr (_PyUnicode_InternMortal) keep it mortal.
 */
export function internInPlace(s: PyStr): PyStr {
  const frozen = deepfrozenCharacter(s.value);
  if (frozen !== null) return frozen;
  const existing = singletons.get(s.value) ?? interned.get(s.value);
  if (existing !== undefined) {
    R.heap.incref(existing);
    return existing;
  }
  if (s.ob_type === strType && typeDictNames.has(s.value)) return builtinName(s.value);
  R.heap.incref(s);
  if (s.ob_type !== strType) return s;
  s.interned = true;
  interned.set(s.value, s);
  if (R.minor === 12) s.ob_refcnt = IMMORTAL_REFCNT;
  return s;
}

/** Objects/unicodeobject.c unicode_hash: _Py_HashBytes over the string's PEP 393 storage
 * (1, 2 or 4 bytes per code point, little-endian), so sets of strs iterate as CPython's. */
export function strHash(s: PyStr): Hash {
  if (s.hash !== -1) return s.hash;
  // The bytes _Py_HashBytes reads: the characters in the str's kind, little-endian.
  const kind = s.maxchar < 0x100 ? 1 : s.maxchar < 0x10000 ? 2 : 4;
  const data = new Uint8Array(s.length * kind);
  const v = s.value;
  if (kind === 1) for (let i = 0; i < v.length; i++) data[i] = v.charCodeAt(i);
  else if (kind === 2) {
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      data[2 * i] = c & 0xff;
      data[2 * i + 1] = c >>> 8;
    }
  } else {
    const cps = s.codePoints();
    for (let i = 0; i < cps.length; i++) for (let k = 0; k < 4; k++) data[i * 4 + k] = (cps[i] >>> (8 * k)) & 0xff;
  }
  const h = hashBytes(data);
  s.hash = h;
  s.bucket = hashLow32();
  return h;
}
strType.tp_hash = (o) => strHash(o as PyStr);
