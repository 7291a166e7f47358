// The interpreter state shared by the objects and the VM of the one run in progress
// (CPython keeps the same in its thread state). Set by run() before anything executes.
import type { Heap } from './heap';
import type { VersionProfile } from '../profiles';
import type { PyObject } from './objects/object';

export interface RunState {
  heap: Heap;
  profile: VersionProfile;
  /** (major, minor) of the modeled version, for version-dependent rules. */
  minor: number;
  out: (s: string) => void;
  err: (s: string) => void;
  /** The script's name as the run was given it (sys.argv[0], __file__). */
  filename: string;
  /** The script's lines, for tracebacks printed while it runs (unraisable exceptions). */
  sourceLines: string[];
  /** sys.stdout and sys.stderr (objects/textio.ts), made at the run's start. */
  stdout: PyObject;
  stderr: PyObject;
  /** What the run has done once already (objects CPython makes on first use and keeps). */
  done: Set<string>;
}

export const R: RunState = {
  heap: undefined as unknown as Heap,
  profile: undefined as unknown as VersionProfile,
  minor: 11,
  out: () => undefined,
  err: () => undefined,
  filename: '<string>',
  sourceLines: [],
  stdout: undefined as unknown as PyObject,
  stderr: undefined as unknown as PyObject,
  done: new Set(),
};

/** True the first time the run asks for key (a one-time thing CPython does and keeps). */
export function firstInRun(key: string): boolean {
  if (R.done.has(key)) return false;
  R.done.add(key);
  return true;
}
