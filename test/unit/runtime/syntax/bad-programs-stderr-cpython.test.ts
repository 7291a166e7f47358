// Whole stderr for every program of bad-programs.txt run as a script: the File line, the
// source line, the carets and the message (and any SyntaxWarning before them) the model
// writes must be what each CPython writes. stderr-programs.txt holds more that python3's
// compile() does not reject (they run with a SyntaxWarning, or fail only read from a file);
// `<NUL>` in it stands for a NUL byte.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../../src/runtime/interpreter';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';
import { programsIn } from './oracle-util';

describe('bad programs write the stderr CPython writes', () => {
  const programs = [...programsIn('bad-programs.txt'), ...programsIn('stderr-programs.txt').map((s) => s.replace(/<NUL>/g, '\0'))];
  const dir = mkdtempSync(join(tmpdir(), 'bad-programs-'));
  const files = programs.map((src, i) => {
    const file = join(dir, `bad_${String(i).padStart(3, '0')}.py`);
    writeFileSync(file, src);
    return { file, src };
  });
  before(() => reportMissing('bad-program stderr'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const interp of findInterpreters().found) {
    it(`matches CPython ${interp.full} for all ${programs.length} programs`, function () {
      this.timeout(600_000);
      const wrong: string[] = [];
      for (const { file, src } of files) {
        const real = spawnSync(interp.path, [file], { encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
        const model = run(src, { version: interp.version, filename: file });
        if (model.stderr !== real.stderr) wrong.push(`${JSON.stringify(src.slice(0, 60))}\n--- CPython\n${real.stderr}--- model\n${model.stderr}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});
