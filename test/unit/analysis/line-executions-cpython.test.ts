// How many times each line ran, as the editor shows it, against how many times CPython's
// line tracing (sys.settrace) sees the line, version by version: for the line-shape
// scripts under test/lines, the realistic programs and the samples.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lineSummaries } from '../../../src/analysis/analyze';
import { run } from '../../../src/runtime/interpreter';
import { filesUnder } from '../../util/files';
import { findInterpreters, Interpreter, oracleEnv, reportMissing } from '../../util/pythons';

const ROOT = join(__dirname, '..', '..', '..', '..');
const ORACLE = join(ROOT, 'test', 'oracle', 'line_counts.py');
const FILES = [
  ...filesUnder(join(ROOT, 'test', 'lines'), '.py'),
  ...filesUnder(join(ROOT, 'test', 'programs', 'realistic'), '.py'),
  ...filesUnder(join(ROOT, 'samples'), '.py'),
];

/**
 * Where the model's counts still differ from CPython's, and why: "path@3.X". The test checks
 * they still differ, so a fix shows up as a failure that asks to drop the entry.
 */
const KNOWN: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'test', 'lines', 'known-differences.json'), 'utf8'));

/** Line -> count, in line order, as "line:count" words (only lines that ran). */
function render(counts: Map<number, number>): string {
  return [...counts].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]).map(([l, n]) => `${l}:${n}`).join(' ');
}

function cpythonCounts(interp: Interpreter, file: string): Map<number, number> {
  const r = spawnSync(interp.path, [ORACLE, file], { encoding: 'utf8', timeout: 120_000, env: oracleEnv(), maxBuffer: 64 << 20 });
  const at = r.stderr.lastIndexOf('@@line-counts@@');
  if (at < 0) throw new Error(`the line tracer wrote no counts for ${file}:\n${r.stderr}`);
  const json = JSON.parse(r.stderr.slice(at + '@@line-counts@@'.length)) as Record<string, number>;
  return new Map(Object.entries(json).map(([k, v]) => [Number(k), v]));
}

function modelCounts(version: Interpreter['version'], file: string): Map<number, number> {
  const r = run(readFileSync(file, 'utf8'), { version, filename: file, stepBudget: 1e8, timeBudgetMs: 60_000 });
  return new Map(lineSummaries(r.heap).map((s) => [s.line, s.executions]));
}

describe('each line runs as many times as CPython traces it', () => {
  before(() => {
    reportMissing('the times each line ran');
    for (const [k, why] of Object.entries(KNOWN)) console.log(`      known: ${k}: ${why}`);
  });
  for (const interp of findInterpreters().found) {
    it(`counts each line's runs as CPython ${interp.full} traces them`, function () {
      this.timeout(600_000);
      const wrong: string[] = [];
      for (const file of FILES) {
        const key = `${relative(ROOT, file)}@${interp.version}`;
        const want = render(cpythonCounts(interp, file));
        const got = render(modelCounts(interp.version, file));
        const known = KNOWN[key];
        if (known !== undefined) {
          if (want === got) wrong.push(`${key}: now equal to CPython: drop the known entry`);
          continue;
        }
        if (want !== got) wrong.push(`${key}\n        CPython ${want}\n        model   ${got}`);
      }
      assert.equal(wrong.join('\n      '), '', `${wrong.length} of ${FILES.length} scripts`);
    });
  }
});
