// The sys module (Python/sysmodule.c): the memory observables (getsizeof,
// getrefcount, getallocatedblocks, _debugmallocstats, intern) and version facts.
import { PyErr } from '../errors';
import { newException, PyBaseException, SystemExit, typeError, valueError } from '../objects/exceptions';
import { debugMallocStats } from './debugtypestats';
import * as abs from '../objects/abstract';
import { newCFunction, NativeFn } from '../objects/function';
import { KEYWORDS, methVarargs, minors } from '../objects/builtin-call';
import { newInt, newIntBig, newIntSsize, PyInt } from '../objects/int';
import { getIntMaxStrDigits, setIntMaxStrDigits } from '../objects/int-limits';
import { builtinSizeof, preHeaderSize, sizeofOverridden } from '../objects/instance-layout';
import { newModule, PyModule } from '../objects/module';
import { PyObject } from '../objects/object';
import { None } from '../objects/singletons';
import { internInPlace, internStr, newStr, PyStr } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { newListFrom } from '../objects/list';
import { R } from '../state';
import { VM } from '../vm/vmstate';
import { setAttrString } from './index';

/** sys.getsizeof: __sizeof__ plus the type's pre-header (Python/sysmodule.c _PySys_GetSizeOf). */
export function getsizeof(o: PyObject): number {
  const t = o.ob_type;
  let size: number;
  if (sizeofOverridden(t)) {
    const nm = internStr('__sizeof__');
    const m = abs.getAttr(o, nm);
    R.heap.decref(nm);
    const r = abs.call(m, []);
    R.heap.decref(m);
    if (!(r instanceof PyInt)) {
      R.heap.decref(r);
      throw typeError(`'${r.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    size = r.toNumber();
    R.heap.decref(r);
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
  const e = VM.handled as PyBaseException | null;
  if (e === null) return newTuple([abs.incref(None), abs.incref(None), abs.incref(None)]);
  const tb = R.minor <= 10 ? VM.handledRest.tb : e.tb;
  return newTuple([abs.incref(e.ob_type), abs.incref(e), abs.incref(tb ?? None)]);
}

// sys.argv is the script's name alone: the mini-runtime passes no arguments.
export function makeSys(): PyModule {
  const m = newModule('sys');
  const fns: Record<string, NativeFn> = {
    // sys_getsizeof (Python/sysmodule.c) is METH_VARARGS | METH_KEYWORDS.
    getsizeof: methVarargs(minors(8) | KEYWORDS, (args) => newIntSsize(getsizeof(args[0]))),
    getrefcount: (args) => newIntSsize(refcount(args[0])),
    getallocatedblocks: () => newIntSsize(R.heap.allocatedBlocks()),
    _debugmallocstats: () => {
      R.err(debugMallocStats(R.heap));
      return abs.incref(None);
    },
    intern: (args) => {
      const s = args[0];
      if (!(s instanceof PyStr)) throw typeError(`intern() argument must be str, not ${s.ob_type.tp_name}`);
      return internInPlace(s);
    },
    // sys_exit: raise SystemExit(arg); the interpreter turns it into the exit status.
    exit: (args) => {
      if (args.length > 1) throw typeError(`exit expected at most 1 argument, got ${args.length}`);
      throw new PyErr(newException(SystemExit, args.map((a) => abs.incref(a))));
    },
    get_int_max_str_digits: () => newInt(getIntMaxStrDigits()),
    set_int_max_str_digits: (args) => {
      setIntMaxStrDigits(abs.asIndex(args[0]));
      return abs.incref(None);
    },
    exc_info: () => excInfo(),
    getrecursionlimit: () => newInt(VM.recursionLimit),
    setrecursionlimit: (args) => {
      const n = abs.asIndex(args[0]);
      if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
      VM.recursionLimit = n;
      return abs.incref(None);
    },
  };
  // sys.exception: the handled exception alone, from 3.11.
  if (R.minor >= 11) fns.exception = () => abs.incref(VM.handled ?? None);
  for (const [name, fn] of Object.entries(fns)) setAttrString(m, name, newCFunction(name, fn, 'sys'));
  const [major, minor] = R.profile.versionInfo;
  const micro = { 8: 18, 9: 18, 10: 13, 11: 7, 12: 1, 13: 0, 14: 7 }[minor] ?? 0;
  setAttrString(m, 'version_info', newTuple([newInt(major), newInt(minor), newInt(micro), newStr('final'), newInt(0)]));
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
