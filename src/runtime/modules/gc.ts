// The gc module (Modules/gcmodule.c): thresholds, counts, tracking and collect().
// The cyclic collector itself is part 2 of the mini-runtime; until then collect()
// stops the run rather than return a figure that CPython would not print.
import { RunStop } from '../errors';
import * as abs from '../objects/abstract';
import { newCFunction, NativeFn } from '../objects/function';
import { newInt } from '../objects/int';
import { newModule, PyModule } from '../objects/module';
import { None, pyBool } from '../objects/singletons';
import { newTuple } from '../objects/tuple';
import { R } from '../state';
import { setAttrString } from './index';

export function makeGc(): PyModule {
  const m = newModule('gc');
  let enabled = true;
  const threshold = R.minor >= 13 ? [2000, 10, 10] : [700, 10, 10];
  const fns: Record<string, NativeFn> = {
    collect: () => {
      throw new RunStop('unsupported', 'gc.collect() (the cyclic collector)');
    },
    get_threshold: () => newTuple(threshold.map((t) => newInt(t))),
    isenabled: () => pyBool(enabled),
    enable: () => {
      enabled = true;
      return abs.incref(None);
    },
    disable: () => {
      enabled = false;
      return abs.incref(None);
    },
    is_tracked: (args) => pyBool(args[0].ob_type.tp_flags_gc),
  };
  for (const [name, fn] of Object.entries(fns)) setAttrString(m, name, newCFunction(name, fn, 'gc'));
  return m;
}
