// Writes src/runtime/syntax/unicode-names-data.ts: the character names each CPython's
// \N{...} escapes know, from the CPythons installed with pyenv (3.8-3.13, one Unicode
// version each), and the aliases they accept (candidates: NameAliases.txt, from the npm
// package @unicode/unicode-15.1.0, fetched into a temporary directory).
// Run: node scripts/unicode-names/generate.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'runtime', 'syntax', 'unicode-names-data.ts');

/** Minor version -> the CPython that speaks for it. */
function pythons() {
  const root = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  const found = new Map();
  for (const v of readdirSync(join(root, 'versions'))) {
    const m = /^3\.(\d+)\.\d+$/.exec(v);
    const bin = join(root, 'versions', v, 'bin', 'python3');
    if (m && Number(m[1]) >= 8 && existsSync(bin)) found.set(Number(m[1]), bin);
  }
  for (let minor = 8; minor <= 13; minor++) if (!found.has(minor)) throw new Error(`no CPython 3.${minor} under pyenv`);
  return found;
}

async function aliasCandidates() {
  const dir = mkdtempSync(join(tmpdir(), 'unicode-'));
  try {
    const tgz = execFileSync('npm', ['pack', '@unicode/unicode-15.1.0', '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', tgz], { cwd: dir });
    const all = new Set();
    for (const kind of ['Abbreviation', 'Alternate', 'Control', 'Correction', 'Figment']) {
      const table = (await import(pathToFileURL(join(dir, 'package', 'Names', kind, 'index.mjs')).href)).default;
      for (const names of Object.values(table)) for (const a of names) all.add(a);
    }
    return [...all].sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Numbers as base-46 digits, least significant first, the last one from a second
 * alphabet: 92 printable ASCII characters without the quote and the backslash.
 */
const DIGITS = [...Array(94).keys()].map((i) => String.fromCharCode(33 + i)).filter((c) => c !== '"' && c !== '\\').join('');
function num(n) {
  let s = '';
  while (n >= 46) {
    s += DIGITS[n % 46];
    n = Math.floor(n / 46);
  }
  return s + DIGITS[46 + n];
}

const found = pythons();
const aliases = await aliasCandidates();
const minors = [...found.keys()].sort((a, b) => a - b);
const dumps = new Map();
for (const minor of minors) {
  const text = execFileSync(found.get(minor), [join(here, 'dump.py')], { input: aliases.join('\n'), encoding: 'utf8', maxBuffer: 64 << 20 });
  dumps.set(minor, JSON.parse(text));
}

// Unicode versions in order, each with the minors that use it.
const versions = [];
for (const minor of minors) {
  const u = dumps.get(minor).unidata_version;
  if (versions.length === 0 || versions[versions.length - 1].unicode !== u) versions.push({ unicode: u, minors: [] });
  versions[versions.length - 1].minors.push(minor);
}

/** name -> [code point, index of the first version that has it]; a name once given never changes or goes. */
function firstSeen(kind) {
  const first = new Map();
  versions.forEach((v, vi) => {
    const d = dumps.get(v.minors[0]);
    const seen = new Set();
    for (const [cp, name] of d[kind]) {
      seen.add(name);
      const had = first.get(name);
      if (had === undefined) first.set(name, [cp, vi]);
      else if (had[0] !== cp) throw new Error(`${name} moved from ${had[0]} to ${cp}`);
    }
    for (const name of first.keys()) if (!seen.has(name)) throw new Error(`${name} is gone in Unicode ${v.unicode}`);
  });
  return first;
}

/** Entries by code point: code point step and version, then the words shared with the previous name and the new ones. */
function encode(first) {
  const entries = [...first].map(([name, [cp, vi]]) => ({ name, cp, vi })).sort((a, b) => a.cp - b.cp || a.name.localeCompare(b.name));
  const freq = new Map();
  for (const e of entries) for (const w of e.name.split(' ')) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const index = new Map(words.map((w, i) => [w, i]));
  let s = '';
  let prevCp = 0;
  let prev = [];
  for (const e of entries) {
    const ws = e.name.split(' ');
    let shared = 0;
    while (shared < ws.length - 1 && shared < prev.length && ws[shared] === prev[shared]) shared++;
    s += num((e.cp - prevCp) * versions.length + e.vi) + num(shared * 32 + (ws.length - shared));
    for (let i = shared; i < ws.length; i++) s += num(index.get(ws[i]));
    prevCp = e.cp;
    prev = ws;
  }
  return { words: words.join(' '), entries: s, count: entries.length };
}

const names = encode(firstSeen('names'));
const aliasTable = encode(firstSeen('aliases'));
const cjk = versions.map((v) => dumps.get(v.minors[0]).cjk);
const minorVersion = Object.fromEntries(versions.flatMap((v, vi) => v.minors.map((m) => [m, vi])));

writeFileSync(
  out,
  `// Generated by scripts/unicode-names/generate.mjs from CPython ${minors.map((m) => `3.${m}`).join(', ')} (do not edit).
// Character names and aliases that \\N{...} escapes know, with the Unicode version each came in.
// Decoded by unicode-names.ts.

/** The Unicode versions, oldest first. */
export const UNICODE_VERSIONS = ${JSON.stringify(versions.map((v) => v.unicode))};
/** Python minor version -> index into UNICODE_VERSIONS. */
export const MINOR_UNICODE: Record<number, number> = ${JSON.stringify(minorVersion)};
/** The digits of the encoded numbers: the first 46 are not last, the next 46 end a number. */
export const DIGITS = ${JSON.stringify(DIGITS)};
/** Per Unicode version: the ranges of CJK unified ideographs (their names are spelled from the code point). */
export const CJK_RANGES: number[][][] = ${JSON.stringify(cjk)};
/** ${names.count} names. */
export const NAME_WORDS = ${JSON.stringify(names.words)};
export const NAME_ENTRIES = ${JSON.stringify(names.entries)};
/** ${aliasTable.count} aliases (NameAliases.txt). */
export const ALIAS_WORDS = ${JSON.stringify(aliasTable.words)};
export const ALIAS_ENTRIES = ${JSON.stringify(aliasTable.entries)};
`,
);
console.log(`wrote ${out}: ${names.count} names, ${aliasTable.count} aliases, Unicode ${versions.map((v) => v.unicode).join(', ')}`);
