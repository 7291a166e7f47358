// The counts the model starts its builtin functions, descriptors, sys, builtins and the streams
// at (src/runtime/objects/startup-refcounts.ts) are those each interpreter's start-up leaves:
// test/oracle/startup_refcounts.py prints them under CPython and under the runtime.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../../src/runtime/interpreter';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

const PROBE = join(__dirname, '..', '..', '..', '..', '..', 'test', 'oracle', 'startup_refcounts.py');

/** name -> count, from the probe's "name=count" lines. */
function counts(stdout: string): Map<string, string> {
  return new Map(stdout.trim().split('\n').map((l) => {
    const i = l.lastIndexOf('=');
    return [l.slice(0, i), l.slice(i + 1)] as [string, string];
  }));
}

describe("the interpreter's own objects start at CPython's reference counts", () => {
  before(() => reportMissing("the start-up reference counts"));
  for (const interp of findInterpreters().found) {
    it(`starts each builtin function, builtin type's descriptor and module at CPython ${interp.full}'s count`, function () {
      this.timeout(60_000);
      const env = oracleEnv();
      const real = spawnSync(interp.path, [PROBE], { encoding: 'utf8', timeout: 60_000, env });
      assert.equal(real.status, 0, real.stderr);
      const model = run(readFileSync(PROBE, 'utf8'), { version: interp.version, filename: PROBE, environ: env });
      assert.equal(model.exitCode, 0, model.stderr);
      const want = counts(real.stdout);
      const got = counts(model.stdout);
      // The model has fewer builtins than CPython; each it has must be one CPython has, at CPython's count.
      const missing = [...got.keys()].filter((k) => !want.has(k));
      assert.deepEqual(missing, [], 'objects the model has and CPython does not');
      const differ = [...got].filter(([k, n]) => want.get(k) !== n).map(([k, n]) => `${k}: model ${n}, CPython ${want.get(k)}`);
      assert.deepEqual(differ, []);
      // Every kind the probe reads is among those compared.
      for (const k of ['builtins.len', 'sys.getrefcount', 'list.append', 'int.__add__', 'module builtins', 'module sys', 'sys.stdout']) {
        assert.ok(got.has(k), `the model's probe printed no ${k}`);
      }
    });
  }
});
