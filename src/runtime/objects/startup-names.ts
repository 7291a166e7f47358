// The names CPython's start-up has interned because they key a builtin type's dict
// (type_ready: PyDescr_NewMethod and the slot wrappers intern their d_name), so a script that
// names one makes no str of its own. Checked against each CPython by startup-names-cpython.test.ts.
import { PyType } from './object';
import { cfunctionType } from './function';
import { allBuiltinTypes, applyVersionEntries } from './typeobject';

/**
 * The model's builtin types that CPython has no static type for at start-up in these versions:
 * newer types (types.GenericAlias 3.9, the exception groups 3.11) and Python classes.
 */
const NOT_AT_START: Record<string, (minor: number) => boolean> = {
  'types.GenericAlias': (m) => m < 9,
  'types.UnionType': (m) => m < 10,
  BaseExceptionGroup: (m) => m < 11,
  ExceptionGroup: (m) => m < 11,
  // Lib/__future__.py's class, whose names only its module's code interns.
  '__future__._Feature': () => true,
};
/** The itertools and collections types: readied by 3.11's start-up (its site uses them), by a script's import in the others. */
const itertoolsNotAtStart = (m: number): boolean => m !== 11;

const byMinor = new Map<number, ReadonlySet<string>>();

/** The keys of the builtin types' dicts CPython's start-up interned, for this version's dicts. */
export function startupTypeDictNames(minor: number): ReadonlySet<string> {
  let names = byMinor.get(minor);
  if (names === undefined) {
    applyVersionEntries(minor);
    const made = new Set<string>();
    for (const t of allBuiltinTypes()) if (!notAtStart(t.tp_name, minor)) addNames(t, minor, made);
    byMinor.set(minor, (names = made));
  }
  return names;
}

function notAtStart(name: string, minor: number): boolean {
  return /^(itertools|_?collections)\./.test(name) ? itertoolsNotAtStart(minor) : NOT_AT_START[name]?.(minor) === true;
}

function addNames(t: PyType, minor: number, into: Set<string>): void {
  for (const [k, v] of t.tp_dict) {
    // add_methods keys a METH_STATIC method (a builtin function here, as tp_new's wrapper is) by
    // PyUnicode_FromString, not interned: str.maketrans, bytes.maketrans. 3.11's start-up interns
    // 'maketrans' elsewhere (measured).
    if (v.ob_type === cfunctionType && k !== '__new__' && minor !== 11) continue;
    if (k.length > 1) into.add(k);
  }
}

/** Every key of the model's builtin types' dicts in this version (what the check compares). */
export function allTypeDictNames(minor: number): string[] {
  applyVersionEntries(minor);
  const all = new Set<string>();
  for (const t of allBuiltinTypes()) for (const k of t.tp_dict.keys()) if (k.length > 1) all.add(k);
  return [...all].sort();
}
