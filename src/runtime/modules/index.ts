// The modules a script can import: sys, gc, math, builtins and __future__. Anything else stops the run at
// the import with a message that the mini-runtime does not provide it.
import { RunStop } from '../errors';
import { builtinsModule, PyModule } from '../objects/module';
import { Builtins } from '../vm/call';
import { PyObject } from '../objects/object';
import { internStr } from '../objects/str';
import { R } from '../state';
import { makeSys } from './sys';
import { makeGc } from './gc';
import { makeMath } from './math';
import { makeFuture } from './future';

const factories: Record<string, () => PyModule> = {
  sys: makeSys,
  gc: makeGc,
  math: makeMath,
  builtins: () => builtinsModule(Builtins.dict),
  __future__: makeFuture,
};

let loaded = new Map<string, PyModule>();

export function resetModules(): void {
  loaded = new Map();
}

/** IMPORT_NAME: the module (a new reference), created on first import. */
export function importModule(name: string): PyObject {
  let m = loaded.get(name);
  if (m === undefined) {
    const make = factories[name];
    if (make === undefined) {
      throw new RunStop(
        'unsupported',
        `module '${name}' is not available in the Arena Lens mini-runtime (it provides ${Object.keys(factories).join(', ')})`,
      );
    }
    m = make();
    loaded.set(name, m);
  }
  R.heap.incref(m);
  return m;
}

/** Put a value into a module's namespace (stealing the reference to v). */
export function setAttrString(m: PyModule, name: string, v: PyObject): void {
  const k = internStr(name);
  m.md_dict.set(k, v);
  R.heap.decref(k);
  R.heap.decref(v);
}
