// The differential suite: every Python program under test/programs runs in the real
// interpreter and in the mini-runtime for the same version; stdout, the exit status
// and the last line of stderr must be equal. Known gaps are listed with their reasons.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from '../../../src/runtime/interpreter';
import { findInterpreters, Interpreter, oracleEnv } from '../../util/pythons';
import { spawnSync } from 'node:child_process';
import { filesUnder } from '../../util/files';

const ROOT = join(__dirname, '..', '..', '..', '..', 'test', 'programs');
/** The demo's sample scripts are held to the same standard; their keys start with samples/. */
const SAMPLES = join(__dirname, '..', '..', '..', '..', 'samples');

const programs = (dir: string): string[] => filesUnder(dir, '.py');

/** Programs that cannot pass yet, each with the reason printed in the output: "path" for every version, "path@3.9" for one. */
const KNOWN_GAPS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'known-gaps.json'), 'utf8'));

function lastLine(s: string): string {
  const lines = s.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

function cpython(interp: Interpreter, file: string): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(interp.path, [file], {
    encoding: 'utf8',
    timeout: 60_000,
    // A fixed environment (unbuffered, one hash seed): the runtime's defaults match it.
    env: oracleEnv(),
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

describe('programs run by the mini-runtime print what CPython prints', () => {
  const files = [...programs(ROOT), ...programs(SAMPLES)];
  const keyOf = (file: string): string => (file.startsWith(SAMPLES) ? `samples/${relative(SAMPLES, file)}` : relative(ROOT, file));
  const { found, missing } = findInterpreters();
  before(() => {
    const gaps = Object.entries(KNOWN_GAPS);
    console.log(`    ${files.length} programs; ${gaps.length} known gaps:`);
    for (const [f, why] of gaps) console.log(`      - ${f}: ${why}`);
    console.log(`    interpreters: ${found.map((i) => `${i.full} (${i.path})`).join(', ')}`);
    for (const [v, why] of missing) console.log(`    not checked against CPython ${v}: ${why}`);
    // Measured on the 2-core machine: every program under all six interpreters takes
    // about two minutes (the whole unit suite three; six with other work loading the
    // machine), under the six-minute budget, so no version is left out to save time.
    console.log('    every program runs under every interpreter found');
  });
  for (const interp of found) {
    for (const file of files) {
      const rel = keyOf(file);
      if (KNOWN_GAPS[rel] !== undefined || KNOWN_GAPS[`${rel}@${interp.version}`] !== undefined) continue;
      it(`${rel} (CPython ${interp.full})`, () => {
        let want = cpython(interp, file);
        const got = run(readFileSync(file, 'utf8'), { version: interp.version, filename: file });
        // CPython itself prints a block more or less from one run to the next in some programs
        // (3.11's type attribute cache, and 3.12's, pick slots by the name string's address and
        // can free a name's last reference there; up to a third of the runs print the other
        // output): a difference must hold over eight of its runs. (Without address randomization,
        // `setarch -R`, the output is fixed but is the rarer one for some programs.)
        for (let i = 0; i < 7 && got.stdout !== want.stdout; i++) {
          const again = cpython(interp, file);
          if (again.stdout !== want.stdout) console.log(`      (CPython ${interp.full} printed differently from one run to the next)`);
          want = again;
        }
        assert.equal(got.stdout, want.stdout, 'stdout differs');
        assert.equal(got.exitCode, want.status, `exit status differs; stderr was:\n${got.stderr}`);
        assert.equal(lastLine(got.stderr), lastLine(want.stderr), 'last line of stderr differs');
      });
    }
  }
});
