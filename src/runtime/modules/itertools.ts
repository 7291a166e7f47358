// The itertools module (Modules/itertoolsmodule.c): a multi-phase builtin module whose exec
// slot adds its types in the version's order, and its one function, tee. The types live in
// itertools-*.ts; a name the model does not implement stops the run where it is used.
import { unsupported } from '../errors';
import * as abs from '../objects/abstract';
import { NativeFn } from '../objects/function';
import { PyModule } from '../objects/module';
import { PyType } from '../objects/object';
import { R } from '../state';
import { addFunctions, holdForRun, newExtensionModule, putInterned, setDocString, specNameLookup } from './extension';
import { internStr } from '../objects/str';
import { itertoolsTypes } from './itertools-common';
import { readyItertoolsTypes, settleItertoolsTypeRefcounts } from './itertools-ready';
import './itertools-infinite';
import './itertools-combinatoric';
import './itertools-filters';
import './itertools-groupby';
import { teeFunction } from './itertools-tee';

/** The module's docstring; 3.12 names the predicates `pred` no longer, 3.10 adds pairwise, 3.12 batched. */
function doc(minor: number): string {
  const pred = minor >= 13 ? 'predicate' : 'pred';
  return [
    'Functional tools for creating and using iterators.',
    '',
    'Infinite iterators:',
    'count(start=0, step=1) --> start, start+step, start+2*step, ...',
    'cycle(p) --> p0, p1, ... plast, p0, p1, ...',
    'repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times',
    '',
    'Iterators terminating on the shortest input sequence:',
    'accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2',
    ...(minor >= 12 ? ['batched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...'] : []),
    'chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...',
    'chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...',
    'compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...',
    `dropwhile(${pred}, seq) --> seq[n], seq[n+1], starting when ${pred} fails`,
    'groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)',
    `filterfalse(${pred}, seq) --> elements of seq where ${pred}(elem) is False`,
    'islice(seq, [start,] stop [, step]) --> elements from',
    '       seq[start:stop:step]',
    ...(minor >= 10 ? ['pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...'] : []),
    'starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...',
    'tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n',
    `takewhile(${pred}, seq) --> seq[0], seq[1], until ${pred} fails`,
    'zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...',
    '',
    'Combinatoric generators:',
    'product(p, q, ... [repeat=1]) --> cartesian product',
    'permutations(p[, r])',
    'combinations(p, r)',
    'combinations_with_replacement(p, r)',
    '',
  ].join('\n');
}

/** itertoolsmodule_exec's types in the order it adds them: 3.8-3.11's typelist, 3.12's alphabetical ADD_TYPEs. */
function typeOrder(minor: number): string[] {
  if (minor >= 12) {
    return ['accumulate', 'batched', 'chain', 'combinations', 'compress', 'count', 'combinations_with_replacement', 'cycle', 'dropwhile', 'filterfalse',
      'groupby', '_grouper', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', '_tee', '_tee_dataobject', 'zip_longest'];
  }
  return ['accumulate', 'combinations', 'combinations_with_replacement', 'cycle', 'dropwhile', 'takewhile', 'islice', 'starmap', 'chain', 'compress',
    'filterfalse', 'count', 'zip_longest', ...(minor >= 10 ? ['pairwise'] : []), 'permutations', 'product', 'repeat', 'groupby', '_grouper', '_tee', '_tee_dataobject'];
}

/** A name of the module the model does not implement: calling it stops the run. */
const notModelled = (name: string): NativeFn => () => {
  throw unsupported(`itertools.${name}()`);
};

/**
 * PyModule_FromDefAndSpec (3.9+): the module, its function tee and its docstring; 3.8's
 * PyInit_itertools (PyModule_Create) adds the types at once.
 */
export function makeItertools(): PyModule {
  specNameLookup();
  if (R.minor >= 10) specNameLookup();
  const m = newExtensionModule('itertools', R.minor >= 9);
  addFunctions(m, [['tee', teeFunction()]]);
  setDocString(m, doc(R.minor));
  if (R.minor === 8) execItertools(m);
  return m;
}

/**
 * itertoolsmodule_exec: each type readied (PyType_Ready interns its methods' names:
 * from_iterable, __copy__...) and added under its short name (PyModule_AddType).
 */
export function execItertools(m: PyModule): void {
  readyItertoolsTypes();
  const byName = new Map<string, PyType>();
  for (const t of itertoolsTypes) {
    byName.set(t.tp_name.slice('itertools.'.length), t);
    for (const k of t.tp_dict.keys()) holdForRun(internStr(k));
  }
  for (const name of typeOrder(R.minor)) {
    const t = byName.get(name);
    if (t !== undefined) putInterned(m, name, abs.incref(t));
    else addFunctions(m, [[name, notModelled(name)]]);
  }
  settleItertoolsTypeRefcounts(byName);
}
