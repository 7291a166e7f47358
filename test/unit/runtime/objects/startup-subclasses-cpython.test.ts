// The builtin types' subclass tables the model starts with (src/runtime/objects/startup-subclasses.ts)
// are those each interpreter's start-up leaves, read by test/oracle/startup_subclasses.py.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startupSubclassTables } from '../../../../src/runtime/objects/startup-subclasses';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

const PROBE = join(__dirname, '..', '..', '..', '..', '..', 'test', 'oracle', 'startup_subclasses.py');

describe("the builtin types' subclass tables at start are CPython's", () => {
  before(() => reportMissing("the builtin types' subclass tables at start"));
  for (const interp of findInterpreters().found) {
    it(`starts with the tables CPython ${interp.full}'s start-up leaves`, () => {
      const r = spawnSync(interp.path, [PROBE], { encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
      assert.equal(r.status, 0, r.stderr);
      const tables = startupSubclassTables(Number(interp.version.split('.')[1]));
      const model = Object.keys(tables).sort().map((k) => `${k}:${tables[k].join('/')}`).join(' ');
      assert.equal(model, r.stdout.trim());
    });
  }
});
