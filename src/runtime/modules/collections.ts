// The collections package (Lib/collections/__init__.py) as far as the model goes: its two C
// types from _collections (deque, defaultdict; objects/deque*.ts, objects/defaultdict.ts).
// The rest of the package (Counter, namedtuple, OrderedDict...) stops the run where it is used.
import { RunStop } from '../errors';
import * as abs from '../objects/abstract';
import { newModule, PyModule } from '../objects/module';
import { PyType } from '../objects/object';
import { R } from '../state';
import { dequeType } from '../objects/deque';
import '../objects/deque-methods';
import { dequeIterType, dequeRevIterType } from '../objects/dequeiter';
import { defaultdictType } from '../objects/defaultdict';
import { setAttrString } from './index';
import { holdForRun } from './extension';
import { internStr } from '../objects/str';
import { freeListsBefore, readyCollectionsBlocks } from './collections-ready';

/** The names CPython's collections module has (3.8-3.13) that the model does not make. */
const NOT_MODELLED = new Set([
  'ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'namedtuple', 'abc', '_Link', '_OrderedDictItemsView',
  '_OrderedDictKeysView', '_OrderedDictValuesView', '_chain', '_collections_abc', '_count_elements', '_deque_iterator', '_eq', '_heapq',
  '_iskeyword', '_itemgetter', '_proxy', '_recursive_repr', '_repeat', '_starmap', '_sys', '_tuplegetter', '__all__', '__file__',
  '__path__', '__cached__', '__builtins__', '__getattr__',
]);

/**
 * Each type's reference count right after `import collections` (3.11: after start-up), set so
 * that sys.getrefcount prints what CPython's does: the package's own code (collections/__init__.py,
 * _collections_abc's registrations, copy, reprlib...) holds references the model does not make.
 */
const TYPE_REFCOUNTS: Record<number, [number, number, number, number]> = {
  8: [46, 13, 10, 10],
  9: [46, 15, 9, 9],
  10: [46, 15, 9, 9],
  11: [48, 18, 9, 9],
  12: [45, 15, 10, 9],
  13: [45, 15, 10, 9],
};

export function makeCollections(): PyModule {
  const before = freeListsBefore();
  const m = newModule('collections');
  setAttrString(m, 'deque', abs.incref(dequeType));
  setAttrString(m, 'defaultdict', abs.incref(defaultdictType));
  m.notModelled = (name) => {
    if (NOT_MODELLED.has(name)) {
      throw new RunStop('unsupported', `collections.${name} is not modelled in the Arena Lens mini-runtime (it provides collections.deque and collections.defaultdict)`);
    }
  };
  // PyType_Ready interns each name of the types' dicts (a str of the import's unless the script's code or start-up has it).
  for (const t of [dequeType, defaultdictType, dequeIterType, dequeRevIterType]) for (const k of t.tp_dict.keys()) holdForRun(internStr(k));
  readyCollectionsBlocks(before);
  settleTypeRefcounts();
  return m;
}

/**
 * 3.11's start-up imports collections (site's .pth imports packages that use it): its blocks are
 * start-up's, and the modules that imported it hold three references more than sys.modules.
 */
export function collectionsAtStartup(): PyModule {
  const m = R.heap.asStartup(makeCollections);
  m.ob_refcnt += 3;
  return m;
}

function settleTypeRefcounts(): void {
  const counts = TYPE_REFCOUNTS[R.minor];
  if (counts === undefined) return;
  const types: PyType[] = [dequeType, defaultdictType, dequeIterType, dequeRevIterType];
  types.forEach((t, i) => (t.ob_refcnt = counts[i]));
}
