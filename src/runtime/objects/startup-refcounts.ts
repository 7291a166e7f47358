// The reference counts CPython's start-up leaves on the interpreter's own objects (builtin
// functions, the descriptors in builtin types' dicts, the builtins and sys modules, the
// standard streams), so that a script's sys.getrefcount of them starts where CPython's does.
//
// Measured by test/oracle/startup_refcounts.py under 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1
// and 3.13.0 in the runtime's default environment (ORACLE_ENVIRON);
// test/unit/runtime/objects/startup-refcounts-cpython.test.ts measures them again. 3.11's are
// this machine's: a .pth file in its site-packages imports packages that keep builtins (len
// among them) in default arguments. 3.14 takes 3.13's until an interpreter for it is at hand.
import type { PyObject } from './object';

/**
 * A builtin function's count where the table has none: the builtins dict and
 * interp->builtins_copy (Python/pylifecycle.c), and up to 3.11 the m_copy that
 * _PyImport_FixupBuiltin keeps of the module's dict (Python/import.c fix_up_extension keeps
 * none for the core modules from 3.12).
 */
const builtinsDefault = (minor: number): number => (minor <= 11 ? 3 : 2);
/** A sys function's: the sys dict and its copy (m_copy; from 3.12 interp->sysdict_copy). */
const SYS_DEFAULT = 2;
/** A builtin type's descriptor's: the type's dict. */
const DESCRIPTOR_DEFAULT = 1;

/** sys's hooks, each also kept as sys.__displayhook__ and the rest. */
const hooks = (n: number): Record<string, number> => Object.fromEntries(
  ['breakpointhook', 'displayhook', 'excepthook', 'unraisablehook'].flatMap((h) => [[`sys.${h}`, n], [`sys.__${h}__`, n]]),
);

/** sys's struct sequences: the sys dict's reference (3.12+ keep no copy of these) and version_info's other holders'. */
const structSeqs = (n: number, versionInfo: number): Record<string, number> => ({
  'sys.float_info': n, 'sys.int_info': n, 'sys.hash_info': n, 'sys.version_info': versionInfo,
});

/**
 * Counts other than the defaults, by the probe's names. The stdlib modules start-up imports
 * keep some builtins (getattr, __import__, open) in globals and default arguments. The
 * modules' counts are mostly their functions' (m_self); sys.stdout and sys.stderr take the
 * sys default (sys.__stdout__ and __stderr__ are the other).
 */
const AT_START: Record<number, Record<string, number>> = {
  8: { ...hooks(4), 'sys.version_info': 3, 'builtins.__import__': 4, 'builtins.getattr': 7, 'builtins.open': 4, 'module builtins': 49, 'module sys': 54 },
  9: { ...hooks(4), 'sys.version_info': 3, 'builtins.__import__': 4, 'builtins.getattr': 7, 'builtins.open': 4, 'module builtins': 47, 'module sys': 50 },
  10: { ...hooks(4), 'sys.version_info': 3, 'builtins.__import__': 4, 'builtins.getattr': 7, 'module builtins': 49, 'module sys': 52 },
  11: {
    ...hooks(4), 'sys.version_info': 4, 'sys.__excepthook__': 5, 'sys.excepthook': 5, 'sys.exc_info': 3, 'sys.stderr': 3,
    'builtins.__import__': 4, 'builtins.abs': 4, 'builtins.getattr': 7, 'builtins.hash': 4, 'builtins.hex': 4,
    'builtins.len': 9, 'builtins.open': 4, 'builtins.print': 4, 'builtins.repr': 4,
    'int.__abs__': 2, 'int.__format__': 4, 'int.__new__': 4, 'int.__repr__': 6, 'object.__new__': 3,
    'object.__str__': 2, 'str.__format__': 4, 'str.__new__': 2, 'str.__repr__': 4, 'str.__str__': 4,
    'tuple.__new__': 11, 'module builtins': 52, 'module sys': 71,
  },
  12: { ...hooks(3), ...structSeqs(1, 2), 'builtins.__import__': 3, 'builtins.getattr': 6, 'builtins.open': 3, 'module builtins': 49, 'module sys': 58 },
  13: { ...hooks(3), ...structSeqs(1, 2), 'builtins.__import__': 3, 'builtins.getattr': 6, 'builtins.open': 3, 'module builtins': 49, 'module sys': 63 },
};

/** The count start-up leaves on builtins.NAME, sys.NAME, TYPE.ATTR, `module builtins`, `module sys`, sys.stdout or sys.stderr. */
export function startupRefcnt(minor: number, key: string): number {
  const n = (AT_START[minor] ?? AT_START[13])[key];
  if (n !== undefined) return n;
  if (key.startsWith('builtins.')) return builtinsDefault(minor);
  if (key.startsWith('sys.')) return SYS_DEFAULT;
  if (key.startsWith('module ')) throw new Error(`no start-up count for ${key}`);
  return DESCRIPTOR_DEFAULT;
}

/** The types of the static objects builtin types keep in their dicts (their descriptors and tp_new wrappers). */
const DESCRIPTOR_TYPES = new Set([
  'method_descriptor', 'classmethod_descriptor', 'wrapper_descriptor', 'getset_descriptor', 'member_descriptor',
  'builtin_function_or_method',
]);

/**
 * Each run starts the builtin types' descriptors at start-up's counts: they outlive runs, and a
 * run's leftovers must not show in the next one's sys.getrefcount.
 */
export function resetDescriptorCounts(minor: number, types: Iterable<{ tp_name: string; tp_dict: Map<string, PyObject> }>): void {
  for (const t of types) {
    for (const [name, v] of t.tp_dict) {
      if (v.h.block === 0 && DESCRIPTOR_TYPES.has(v.ob_type.tp_name)) v.ob_refcnt = startupRefcnt(minor, `${t.tp_name}.${name}`);
    }
  }
}
