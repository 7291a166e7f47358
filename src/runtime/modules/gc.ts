// The gc module (Modules/gcmodule.c): collect(), thresholds and counts, enabling, and
// which objects the collector tracks. The collector itself is src/runtime/gc.ts.
import * as abs from '../objects/abstract';
import { valueError } from '../objects/exceptions';
import { newCFunction, NativeFn } from '../objects/function';
import { newInt } from '../objects/int';
import { newList } from '../objects/list';
import { newModule, PyModule } from '../objects/module';
import { None, pyBool } from '../objects/singletons';
import { newTuple } from '../objects/tuple';
import { R } from '../state';
import { setAttrString } from './index';
import '../gc-clear';

export function makeGc(): PyModule {
  const m = newModule('gc');
  const gc = R.heap.gc;
  const fns: Record<string, NativeFn> = {
    collect: (args) => {
      const g = args.length > 0 ? abs.asIndex(args[0]) : 2;
      if (g < 0 || g > 2) throw valueError('invalid generation');
      return newInt(gc.collect(g));
    },
    get_count: () => newTuple(gc.count.map((c) => newInt(c))),
    get_threshold: () => newTuple(gc.threshold.map((t) => newInt(t))),
    set_threshold: (args) => {
      args.forEach((a, i) => {
        gc.threshold[i] = abs.asIndex(a);
      });
      return abs.incref(None);
    },
    isenabled: () => pyBool(gc.enabled),
    enable: () => {
      gc.enabled = true;
      return abs.incref(None);
    },
    disable: () => {
      gc.enabled = false;
      return abs.incref(None);
    },
    is_tracked: (args) => pyBool(gc.isTracked(args[0])),
  };
  for (const [name, fn] of Object.entries(fns)) setAttrString(m, name, newCFunction(name, fn, 'gc'));
  // gcmodule.c gc_exec: the lists gc.garbage (uncollectable objects; none since PEP 442 made
  // cycles with __del__ collectable) and gc.callbacks (nothing here calls them).
  setAttrString(m, 'garbage', newList());
  setAttrString(m, 'callbacks', newList());
  return m;
}
