// The code point a \N{...} escape names (Modules/unicodedata.c _getcode): the names and
// aliases of each version's Unicode database, decoded on first use from the generated
// unicode-names-data.ts, and the names spelled from the code point (Hangul syllables,
// CJK unified ideographs), which CPython matches case-sensitively.
import { ALIAS_ENTRIES, ALIAS_WORDS, CJK_RANGES, DIGITS, MINOR_UNICODE, NAME_ENTRIES, NAME_WORDS, UNICODE_VERSIONS } from './unicode-names-data';

/** Upper-cased name -> code point * 8 + the index of the Unicode version it came in. */
let table: Map<string, number> | null = null;

function decodeInto(into: Map<string, number>, wordText: string, entries: string): void {
  const words = wordText.split(' ');
  const digit = new Int8Array(128);
  for (let i = 0; i < DIGITS.length; i++) digit[DIGITS.charCodeAt(i)] = i;
  let at = 0;
  const num = (): number => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const d = digit[entries.charCodeAt(at++)];
      if (d >= 46) return n + (d - 46) * scale;
      n += d * scale;
      scale *= 46;
    }
  };
  const nv = UNICODE_VERSIONS.length;
  let cp = 0;
  let prev: string[] = [];
  while (at < entries.length) {
    const step = num();
    cp += Math.floor(step / nv);
    const counts = num();
    const name = prev.slice(0, counts >> 5);
    for (let i = counts & 31; i > 0; i--) name.push(words[num()]);
    into.set(name.join(' '), cp * 8 + (step % nv));
    prev = name;
  }
}

function names(): Map<string, number> {
  if (table === null) {
    table = new Map();
    decodeInto(table, NAME_WORDS, NAME_ENTRIES);
    decodeInto(table, ALIAS_WORDS, ALIAS_ENTRIES);
  }
  return table;
}

/** The Unicode database of a version; 3.14's (Unicode 16) is not at hand, so it reads the latest there is. */
function unicodeIndex(minor: number): number {
  return MINOR_UNICODE[minor] ?? UNICODE_VERSIONS.length - 1;
}

// Modules/unicodedata.c: the jamo of a Hangul syllable's name, by column.
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
const S_BASE = 0xac00;

/** find_syllable: the longest jamo of the column that starts s at `from` ([index, length]). */
function findSyllable(s: string, from: number, jamo: string[]): [number, number] {
  let best = -1;
  let len = -1;
  for (let i = 0; i < jamo.length; i++) {
    const j = jamo[i];
    if (j.length > len && s.startsWith(j, from)) {
      best = i;
      len = j.length;
    }
  }
  return [best, Math.max(len, 0)];
}

function hangulSyllable(name: string): number | undefined {
  let at = 'HANGUL SYLLABLE '.length;
  const [l, ll] = findSyllable(name, at, JAMO_L);
  at += ll;
  const [v, vl] = findSyllable(name, at, JAMO_V);
  at += vl;
  const [t, tl] = findSyllable(name, at, JAMO_T);
  at += tl;
  if (l < 0 || v < 0 || t < 0 || at !== name.length) return undefined;
  return S_BASE + (l * JAMO_V.length + v) * JAMO_T.length + t;
}

function unifiedIdeograph(name: string, minor: number): number | undefined {
  const hex = name.slice('CJK UNIFIED IDEOGRAPH-'.length);
  if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
  const cp = parseInt(hex, 16);
  return CJK_RANGES[unicodeIndex(minor)].some(([lo, hi]) => cp >= lo && cp <= hi) ? cp : undefined;
}

/** The code point \N{name} stands for in CPython 3.minor, or undefined for an unknown name. */
export function lookupCharacterName(name: string, minor: number): number | undefined {
  if (name.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(name);
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) return unifiedIdeograph(name, minor);
  // _cmpname compares with Py_TOUPPER, which knows ASCII letters only.
  const found = names().get(name.replace(/[a-z]/g, (c) => c.toUpperCase()));
  if (found === undefined || found % 8 > unicodeIndex(minor)) return undefined;
  return Math.floor(found / 8);
}
