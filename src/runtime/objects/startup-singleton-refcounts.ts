// The references start-up leaves on the singletons and caches a script can count (None, the
// bools, Ellipsis, NotImplemented, (), '', b'', small ints, one-character str and bytes), 3.8-3.11.
// Measured as CPython's count less the model's for a script naming none of them; 3.12+ are immortal.
import { R } from '../state';

/**
 * Measured under the tests' environment (test/util/pythons.ts oracleEnv; 3.11 is python3 on
 * PATH, pyenv's shim, which adds SHLVL=0: posix.environ holds b'0'). Per version, the
 * references start-up holds beyond the object's own first one (1, or 3.11's 999999999 for the
 * runtime's static objects, _PyObject_IMMORTAL_INIT). What the script's parse and code hold
 * is modelled apart (parser-arena.ts, materialize.ts). None's figure is one run's: most of its
 * references are _PyType_Lookup's method cache entries, which start-up fills with None
 * (typeobject.c type_cache_clear, 3.8-3.9 assign_version_tag) and lookups take over; from 3.10
 * an entry is chosen by the name's address, so None's count varies with the environment's size (3.10) and from run to run (3.11), and with each lookup that takes an
 * entry still holding None (not modelled).
 */
const STARTUP_REFERENCES: { readonly [minor: number]: StartupTable } = {
  8: {
    singletons: { 'None': 4042, 'True': 102, 'False': 107, 'Ellipsis': 2, 'NotImplemented': 2, '()': 1220, "''": 55, "b''": 8 },
    ints: '0 1x3 26 262 121 102 41 59 28 16 15 33 11 9 12 7 5 7 5 23 7 4 5x2 4x4 3 7 3 5x2 6 4 11 1 4 1x7 2 1x3 '
      + '2 1x9 4 1x3 2 1x2 5 20 6 4x6 5 4x6 1x24 2x2 1x3 2 1 2x2 1x2 2x2 1x11 4 16 1x3 0x124 17',
    chrs: '0x10 7 0x2 1 0x21 2 1 0x4 1 2 0x2 1 31 18 0x10 4 0x2 1 0 2 0x2 1 2 0x8 1 0x6 2 1 0x7 2 1 0 7 0 1 3 6 '
      + '3 2 3 0 1 15 1x3 5 4 1 10 2 11 10 3 0 9 6 8 0x2 1 0 1 3 0x129',
    bytes: '0x48 1 2 0x206',
  },
  9: {
    singletons: { 'None': 4034, 'True': 102, 'False': 107, 'Ellipsis': 2, 'NotImplemented': 2, '()': 1242, "''": 55, "b''": 26 },
    ints: '0 1x3 29 246 101 86 34 45 26 13 12 26 10 9 13 7 5 6 5 20 7 4 5x2 4x5 6 3 5x2 6 4 9 1 4 1x7 2 1x3 2 '
      + '1x9 3 1x3 2 1x2 4 15 5 3x6 4 3x6 1x24 2x2 1x3 2 1 2x2 1x2 2x2 1x11 3 12 1x3 0x124 12',
    chrs: '0x10 7 0x2 1 0x21 2 1 0x4 1 2 0x2 1 32 18 0x10 4 0x2 1 0 2 0x2 1 2 0x8 1 0x6 2 1 0x7 2x2 0 7 0 2 3 6 '
      + '3 2 3 0 1 15 1x3 5 4 1 10 2 11 10 3 0 9 6 8 0x2 1 0 1 3 0x129',
    bytes: '0x48 1 2 0x206',
  },
  10: {
    singletons: { 'None': 4116, 'True': 105, 'False': 99, 'Ellipsis': 2, 'NotImplemented': 2, '()': 1297, "''": 55, "b''": 8 },
    ints: '0 1x3 28 227 99 85 33 45 24 10 12 25 9 8 12 6 4x3 20 7 3 4x2 3x5 5 2 4 3 5 3 9 1 3 1x7 2 1x3 2 1x9 3 '
      + '1x3 2 1x2 4 14 4 3x6 4 3x6 1x24 2x2 1x3 2 1 2x2 1x2 2x2 1x11 2 12 1x3 0x124 12',
    chrs: '0x10 7 0x2 1 0x21 2 1 0x4 2x2 0x2 1 30 15 0x10 3 0x2 1 0 2 0x2 1 2 0x8 1 0x6 2 1 0x7 1 2 0 7 0 2 4 6 '
      + '3 2 3 0 1 15 1x3 5 4 1 10 2 10 9 3 0 9 6 9 0x2 1 0 1 3 0x129',
    bytes: '0x48 1 2 0x206',
  },
  11: {
    singletons: { 'None': 5476, 'True': 402, 'False': 379, 'Ellipsis': 12, 'NotImplemented': 2, '()': 550, "''": 144, "b''": 1709 },
    ints: '0x2 2 8 75 465 294 195 79 102 45 42 30 63 33 25 21 15 9 8 12 39 8 12 9 11 8 6 8 11 4 6 4 6 7 9 8 30 '
      + '5 4 5 4 3 4 3 8 2 4x3 7x2 3 6 4x4 5 4x2 7 4 1 5 4 3x2 9 26 7 6x13 4 6 4x11 5 4x2 5 6 5x2 4 6 4x2 5x2 '
      + '6 4x2 5 4 5x3 4 5 7 4x7 6 4x2 5 3 41 4 3x2 2 0x48 2 0x67 1 0x5 8 24',
    chrs: '0x9 3 10 1x2 2 0x18 18 1 0 7 1 4 3 4 13 17 6x3 5 51 34 10 5 4 5 6 5x4 4 19 4 13 4 13 7 4 10 4x5 2x2 '
      + '10 2x3 8 5 2 3x2 2x3 10 2x2 8 2x2 8 11 10 3 0x2 4x6 6 2x10 3 2x2 10 2 4 2x2 6 5 4 6 4 0x129',
    bytes: '0x48 2x2 0x206',
  },
};

/** One version's references: by name, and for -5..256, chr(0..255), bytes([0..255]) as counts in order, "NxK" for K of N. */
interface StartupTable {
  readonly singletons: { readonly [name: string]: number };
  readonly ints: string;
  readonly chrs: string;
  readonly bytes: string;
}

function expand(runs: string): number[] {
  return runs.split(' ').flatMap((r) => {
    const [n, k] = r.split('x');
    return new Array<number>(k === undefined ? 1 : Number(k)).fill(Number(n));
  });
}

const expanded = new Map<number, Map<string, number>>();

/**
 * The count an object start-up made begins the script with: `own` (its first reference, or
 * 3.11's 999999999) plus what start-up holds. key: 'None', 'True', '()', "''", "b''", 'int 5',
 * 'chr 10', 'byte 3'.
 */
export function startupRefcount(key: string, own: number): number {
  const t = STARTUP_REFERENCES[R.minor];
  if (t === undefined) return own;
  let m = expanded.get(R.minor);
  if (m === undefined) {
    m = new Map(Object.entries(t.singletons));
    expand(t.ints).forEach((n, i) => m!.set(`int ${i - 5}`, n));
    expand(t.chrs).forEach((n, i) => m!.set(`chr ${i}`, n));
    expand(t.bytes).forEach((n, i) => m!.set(`byte ${i}`, n));
    expanded.set(R.minor, m);
  }
  return own + (m.get(key) ?? 0);
}
