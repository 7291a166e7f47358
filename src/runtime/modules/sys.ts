// The sys module (Python/sysmodule.c): the memory observables (getsizeof,
// getrefcount, getallocatedblocks, _debugmallocstats, intern) and version facts.
import { PyErr } from '../errors';
import { newException, PyBaseException, SystemExit, TypeError, typeError, valueError } from '../objects/exceptions';
import { errorMatches } from '../objects/error-match';
import { type Body, clinicInt, clinicKeywords, type Convention, declareIn, fastcall, METH_NOARGS, METH_O } from '../builtin-conventions';
import { debugMallocStats } from './debugtypestats';
import * as abs from '../objects/abstract';
import { newCFunction, NativeFn } from '../objects/function';
import { KEYWORDS, methVarargs, minors } from '../objects/builtin-call';
import { newInt, newIntBig, newIntSsize, PyInt } from '../objects/int';
import { getIntMaxStrDigits, longAsSsize, setIntMaxStrDigits } from '../objects/int-limits';
import { builtinSizeof, preHeaderSize, sizeofOverridden } from '../objects/instance-layout';
import { newModule, PyModule } from '../objects/module';
import { PyObject } from '../objects/object';
import { None } from '../objects/singletons';
import { cIdentifier, internInPlace, newStr, PyStr, strType } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { newStructSeq, structSeqType } from '../objects/structseq';
import { newFloat } from '../objects/float';
import { newListFrom } from '../objects/list';
import { R } from '../state';
import { topHandled, topHandledRest, VM } from '../vm/vmstate';
import { cpythonFrame } from '../vm/frame';
import { frameObjectOf } from '../vm/frameobject';
import { setAttrString } from './index';
import { argTypeName } from '../objects/args';

/** sys.getsizeof: __sizeof__ plus the type's pre-header (Python/sysmodule.c _PySys_GetSizeOf). */
export function getsizeof(o: PyObject): number {
  const t = o.ob_type;
  let size: number;
  if (sizeofOverridden(t)) {
    const nm = cIdentifier('__sizeof__', 'sysmodule.c:__sizeof__');
    const m = abs.getAttr(o, nm);
    R.heap.decref(nm);
    const r = abs.call(m, []);
    R.heap.decref(m);
    if (!(r instanceof PyInt)) {
      R.heap.decref(r);
      // PyLong_AsSsize_t's own refusal of a non-int.
      throw typeError('an integer is required');
    }
    const v = r.toBigInt();
    R.heap.decref(r);
    size = longAsSsize(v);
    if (size < 0) throw valueError('__sizeof__() should return >= 0');
  } else {
    size = builtinSizeof(o);
  }
  return size + preHeaderSize(t, o);
}

/** What getrefcount reports: the pinned value for immortal objects from 3.12. */
function refcount(o: PyObject): number {
  if (R.minor >= 12 && o.ob_refcnt >= 0xffffffff - 1_000_000) return R.minor >= 14 ? 3221225472 : 4294967295;
  return o.ob_refcnt;
}

/**
 * sys.exc_info(): the handled exception's type, itself and its traceback; up to 3.10 the
 * traceback exc_info kept when it was caught, from 3.11 the exception's own.
 */
function excInfo(): PyObject {
  const e = topHandled() as PyBaseException | null;
  if (e === null) return newTuple([abs.incref(None), abs.incref(None), abs.incref(None)]);
  const tb = R.minor <= 10 ? topHandledRest().tb : e.tb;
  return newTuple([abs.incref(e.ob_type), abs.incref(e), abs.incref(tb ?? None)]);
}

/**
 * sys._getframe([depth]) (Python/sysmodule.c sys__getframe_impl): the frame object of the
 * caller depth frames up; from 3.11 the frame gets its frame object now (_PyFrame_GetFrameObject).
 */
function getframe(args: PyObject[]): PyObject {
  let depth = args.length === 0 ? 0 : clinicInt(args[0]);
  let f = VM.frame === null ? null : cpythonFrame(VM.frame);
  while (depth > 0 && f !== null) {
    f = f.back === null ? null : cpythonFrame(f.back);
    depth--;
  }
  if (f === null) throw valueError('call stack is not deep enough');
  return abs.incref(frameObjectOf(f));
}

// Python/sysmodule.c's struct sequences (version_info has no tp_new: make_version_info).
const versionInfoType = structSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], false);
const floatInfoType = structSeqType('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'], true);
const intInfoType = structSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], true);
const hashInfoType = structSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'], true);

const fn = (name: string, conv: Convention, body: Body): NativeFn => declareIn('sys', name, conv, body);
/** PyArg_ParseTupleAndKeywords, which makes no parser tuple of its keywords. */
const GETSIZEOF_ARGS = clinicKeywords(['object', 'default'], 0, 1, 2, 0);

// sys.argv is the script's name alone: the mini-runtime passes no arguments.
export function makeSys(): PyModule {
  const m = newModule('sys');
  const fns: Record<string, NativeFn> = {
    // sys_getsizeof (Python/sysmodule.c) is METH_VARARGS | METH_KEYWORDS, parsed by
    // PyArg_ParseTupleAndKeywords("O|O:getsizeof"): a TypeError gives the default when there is one.
    getsizeof: methVarargs(minors(8) | KEYWORDS, fn('getsizeof', GETSIZEOF_ARGS, ([o, dflt]) => {
      try {
        return newIntSsize(getsizeof(o!));
      } catch (e) {
        if (dflt === undefined || !errorMatches(e, TypeError)) throw e;
        return abs.incref(dflt);
      }
    })),
    getrefcount: fn('getrefcount', METH_O, ([o]) => newIntSsize(refcount(o!))),
    getallocatedblocks: fn('getallocatedblocks', METH_NOARGS, () => newIntSsize(R.heap.allocatedBlocks())),
    _debugmallocstats: fn('_debugmallocstats', METH_NOARGS, () => {
      R.err(debugMallocStats(R.heap));
      return abs.incref(None);
    }),
    // sys_intern (clinic): a str argument, and only an exact str is interned.
    intern: fn('intern', METH_O, ([s]) => {
      if (!(s instanceof PyStr)) throw typeError(`intern() argument must be str, not ${argTypeName(s!)}`);
      if (s.ob_type !== strType) throw typeError(`can't intern ${s.ob_type.tp_name}`);
      return internInPlace(s);
    }),
    // sys_exit: raise SystemExit(arg); the interpreter turns it into the exit status.
    exit: fn('exit', fastcall(0, 1), (args) => {
      throw new PyErr(newException(SystemExit, args.map((a) => abs.incref(a!))));
    }),
    get_int_max_str_digits: fn('get_int_max_str_digits', METH_NOARGS, () => newInt(getIntMaxStrDigits())),
    set_int_max_str_digits: (args) => {
      setIntMaxStrDigits(abs.asIndex(args[0]));
      return abs.incref(None);
    },
    exc_info: fn('exc_info', METH_NOARGS, () => excInfo()),
    getswitchinterval: fn('getswitchinterval', METH_NOARGS, () => newFloat(0.005)),
    _getframe: fn('_getframe', fastcall(0, 1), (args) => getframe(args as PyObject[])),
    getrecursionlimit: fn('getrecursionlimit', METH_NOARGS, () => newInt(VM.recursionLimit)),
    // sys_setrecursionlimit (clinic): a C int.
    setrecursionlimit: fn('setrecursionlimit', METH_O, ([o]) => {
      const n = clinicInt(o!);
      if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
      VM.recursionLimit = n;
      return abs.incref(None);
    }),
  };
  // sys.exception: the handled exception alone, from 3.11.
  if (R.minor >= 11) fns.exception = fn('exception', METH_NOARGS, () => abs.incref(topHandled() ?? None));
  for (const [name, fn] of Object.entries(fns)) setAttrString(m, name, newCFunction(name, fn, 'sys'));
  const [major, minor] = R.profile.versionInfo;
  const micro = { 8: 18, 9: 18, 10: 13, 11: 7, 12: 1, 13: 0, 14: 7 }[minor] ?? 0;
  setAttrString(m, 'version_info', newStructSeq(versionInfoType, [newInt(major), newInt(minor), newInt(micro), newStr('final'), newInt(0)]));
  setAttrString(m, 'float_info', newStructSeq(floatInfoType, [
    newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307),
    newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1),
  ]));
  // The int/str conversion limits (CVE-2020-10735, gh-95778) are in every modelled release: 3.8.14+, 3.9.14+, 3.10.7+.
  setAttrString(m, 'int_info', newStructSeq(intInfoType, [newInt(30), newInt(4), newInt(4300), newInt(640)]));
  // Python/pyhash.c: SipHash-1-3 from 3.11 (bpo-29410), SipHash-2-4 before.
  setAttrString(m, 'hash_info', newStructSeq(hashInfoType, [
    newInt(64), newIntBig(2n ** 61n - 1n), newInt(314159), newInt(0), newInt(1000003),
    newStr(R.minor >= 11 ? 'siphash13' : 'siphash24'), newInt(64), newInt(128), newInt(0),
  ]));
  setAttrString(m, 'version', newStr(`${major}.${minor}.${micro} (Arena Lens model of CPython ${major}.${minor})`));
  setAttrString(m, 'maxsize', newIntBig(2n ** 63n - 1n));
  setAttrString(m, 'byteorder', newStr('little'));
  setAttrString(m, 'platform', newStr('linux'));
  setAttrString(m, 'maxunicode', newInt(0x10ffff));
  setAttrString(m, 'argv', newListFrom([newStr(R.filename)]));
  for (const [name, fd] of [['stdout', 1], ['stderr', 2], ['__stdout__', 1], ['__stderr__', 2]] as const) {
    setAttrString(m, name, abs.incref(fd === 1 ? R.stdout : R.stderr));
  }
  return m;
}
