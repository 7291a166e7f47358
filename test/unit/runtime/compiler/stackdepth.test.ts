// co_stacksize of every code object the model compiles, against what each CPython's
// compile() gives the same source (without running it): frames and generators are sized
// from it, so a wrong depth puts them in another size class.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileModule } from '../../../../src/runtime/compiler/compile';
import { CodeUnit } from '../../../../src/runtime/compiler/unit';
import { unitStacksize } from '../../../../src/runtime/compiler/stackdepth';
import { R } from '../../../../src/runtime/state';
import { parse } from '../../../../src/runtime/syntax/parse';
import { findInterpreters, reportMissing, runPython } from '../../../util/pythons';
import { filesUnder } from '../../../util/files';
import { codeRowsHelper } from '../../../util/code-walk';

const REPO = join(__dirname, '..', '..', '..', '..', '..');

const programs = (dir: string): string[] => filesUnder(dir, '.py');

/**
 * Compiles each file named on stdin and prints, per file, every code object depth first
 * (a code object, then those in its co_consts): its name (co_qualname from 3.11),
 * co_firstlineno and co_stacksize; null where CPython cannot compile the file.
 */
const HELPER = codeRowsHelper("[getattr(co, 'co_qualname', co.co_name), co.co_firstlineno, co.co_stacksize]");

type Row = [string, number, number];

function modelRows(source: string, minor: number): Row[] | null {
  const parsed = parse(source, minor);
  if (!parsed.ok) return null;
  R.minor = minor;
  let top: CodeUnit;
  try {
    top = compileModule(parsed.module);
  } catch {
    return null;
  }
  const out: Row[] = [];
  const walk = (u: CodeUnit): void => {
    out.push([minor >= 11 ? u.qualname : u.name, u.firstLine, unitStacksize(u, minor)]);
    for (const k of u.consts) if (k.t === 'code') walk(k.unit);
  };
  walk(top);
  return out;
}

/** Rows keyed by name, first line and the how-manieth of that pair (depth first). */
function keyed(rows: readonly Row[]): Map<string, number> {
  const m = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const [name, line, size] of rows) {
    // The module's first line is its first statement's in 3.8 and 3.9.
    const k = name === '<module>' ? name : `${name}:${line}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    m.set(n === 0 ? k : `${k}#${n}`, size);
  }
  return m;
}

/**
 * Code objects whose depth still differs, `file name:line@version` -> the tag of a reason;
 * the test checks they still do, so a fix shows up as a failure asking to drop the entry.
 */
const KNOWN_FILE: { reasons: Record<string, string>; known: Record<string, string> } = JSON.parse(
  readFileSync(join(REPO, 'test', 'unit', 'runtime', 'compiler', 'stackdepth-known.json'), 'utf8'),
);
const KNOWN = KNOWN_FILE.known;

describe("every code object's co_stacksize equals CPython's", () => {
  before(() => reportMissing('co_stacksize'));
  const files = [...programs(join(REPO, 'test', 'programs')), ...programs(join(REPO, 'samples'))];
  const keyOf = (f: string): string => relative(REPO, f);

  for (const interp of findInterpreters().found) {
    const minor = Number(interp.version.split('.')[1]);
    it(`gives each code object of the test programs the co_stacksize CPython ${interp.full} computes`, function () {
      this.timeout(300_000);
      const oracle = JSON.parse(runPython(interp, ['-c', HELPER], files.join('\n'))) as Record<string, Row[] | null>;
      const savedMinor = R.minor;
      let compared = 0;
      let equal = 0;
      let extra = 0;
      const wrong: string[] = [];
      const missing: string[] = [];
      const stillKnown = new Set<string>();
      try {
        for (const file of files) {
          const rows = oracle[file];
          if (!rows) continue;
          const model = modelRows(readFileSync(file, 'utf8'), minor);
          if (!model) continue;
          const theirs = keyed(rows);
          const ours = keyed(model);
          for (const [k, size] of theirs) {
            const mine = ours.get(k);
            ours.delete(k);
            const key = `${keyOf(file)} ${k}@${interp.version}`;
            if (mine === undefined) {
              missing.push(key);
              continue;
            }
            compared++;
            if (mine === size) equal++;
            else if (KNOWN[key] !== undefined) stillKnown.add(key);
            else wrong.push(`${key}: CPython ${size}, model ${mine}`);
          }
          extra += ours.size;
        }
      } finally {
        R.minor = savedMinor;
      }
      console.log(`      CPython ${interp.full}: ${equal} of ${compared} code objects equal; ${missing.length} only in CPython, ${extra} only in the model`);
      for (const w of wrong.slice(0, 40)) console.log(`        ${w}`);
      const byReason = new Map<string, number>();
      for (const k of stillKnown) byReason.set(KNOWN[k], (byReason.get(KNOWN[k]) ?? 0) + 1);
      for (const [tag, n] of byReason) console.log(`        known: ${n} differ: ${KNOWN_FILE.reasons[tag]}`);
      const fixed = Object.keys(KNOWN).filter((k) => k.endsWith(`@${interp.version}`) && !stillKnown.has(k));
      assert.deepEqual(fixed, [], 'known differences that no longer differ: drop them from KNOWN');
      assert.deepEqual(wrong, []);
    });
  }
});
