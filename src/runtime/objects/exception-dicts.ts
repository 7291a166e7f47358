// The builtin exception types' dicts as type_ready leaves them (Objects/typeobject.c type_ready,
// add_operators, type_add_methods/members/getsets; Objects/exceptions.c): __new__ where the
// static type sets tp_new, and each dict's keys in CPython's order for the run's version.
import { exceptionSlots, exceptionTypes } from './exceptions';
import { BaseExceptionGroup } from './exception-group';
import type { PyType } from './object';
import { addTpNewWrapper } from './special-attrs';
import { MINORS, wrapperTable } from './slot-wrapper-table';
import { afterInherit, afterVersionEntries, inVersions } from './typeobject';

/** After the slots, each type's tp_methods, tp_members and tp_getset, in their tables' order. */
const TAIL: Record<string, string> = {
  BaseException: '__reduce__ __setstate__ with_traceback add_note __suppress_context__ __dict__ args __traceback__ __context__ __cause__',
  BaseExceptionGroup: '__class_getitem__ derive split subgroup message exceptions',
  StopIteration: 'value',
  SystemExit: 'code',
  ImportError: '__reduce__ msg name path name_from',
  OSError: '__reduce__ errno strerror filename filename2 characters_written',
  NameError: 'name',
  AttributeError: '__getstate__ __reduce__ name obj',
  SyntaxError: 'msg filename lineno offset text end_lineno end_offset print_file_and_line',
  UnicodeEncodeError: 'encoding object start end reason',
  UnicodeDecodeError: 'encoding object start end reason',
  UnicodeTranslateError: 'encoding object start end reason',
};

const types = (): PyType[] => [...new Set(exceptionTypes.values()), BaseExceptionGroup];

// __new__ where the static type sets tp_new (exceptions.ts's table), in the versions it does.
afterInherit.push(() => {
  for (const t of types()) {
    const minors = MINORS.filter((m) => exceptionSlots(t.tp_name, m)?.new ?? true);
    if (minors.length === 0) continue;
    addTpNewWrapper(t);
    if (minors.length < MINORS.length) inVersions(t, '__new__', (m) => minors.includes(m));
  }
});

/**
 * The key order: the slot wrappers in slotdefs order (3.8-3.9 put __new__ there, after __init__;
 * from 3.10 type_ready adds it first), then the tail, anything else, and __doc__ last.
 */
function keyOrder(t: PyType, minor: number): string[] {
  const slots = wrapperTable(t, minor) ?? [];
  const head = minor <= 9 ? slots.flatMap((n) => (n === '__init__' ? [n, '__new__'] : [n])) : ['__new__', ...slots];
  return [...head, ...(TAIL[t.tp_name] ?? '').split(' ').filter((n) => n !== '')];
}

afterVersionEntries.push((minor) => {
  for (const t of types()) {
    const d = t.tp_dict;
    const entries = new Map(d);
    d.clear();
    for (const k of keyOrder(t, minor)) {
      const v = entries.get(k);
      if (v === undefined) continue;
      d.set(k, v);
      entries.delete(k);
    }
    const doc = entries.get('__doc__');
    entries.delete('__doc__');
    for (const [k, v] of entries) d.set(k, v);
    if (doc !== undefined) d.set('__doc__', doc);
  }
});
