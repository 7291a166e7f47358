// The builtin types' subclass tables the model starts with (src/runtime/objects/startup-subclasses.ts)
// are those each interpreter's start-up leaves, read by test/oracle/startup_subclasses.py, and
// the subclasses it lists for them are start-up's that it has, read by startup_static_subclasses.py.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startupListedSubclasses, startupSubclassTables } from '../../../../src/runtime/objects/startup-subclasses';
import { allBuiltinTypes } from '../../../../src/runtime/objects/typeobject';
import '../../../../src/runtime/interpreter';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

const ORACLE = join(__dirname, '..', '..', '..', '..', '..', 'test', 'oracle');
const PROBE = join(ORACLE, 'startup_subclasses.py');
const LISTED = join(ORACLE, 'startup_static_subclasses.py');

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
  for (const interp of findInterpreters().found) {
    it(`lists the subclasses CPython ${interp.full}'s start-up made that the model has, in its order`, () => {
      const r = spawnSync(interp.path, [LISTED], { encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
      assert.equal(r.status, 0, r.stderr);
      const minor = Number(interp.version.split('.')[1]);
      const has = new Set(allBuiltinTypes().map((t) => t.tp_name));
      const differ: string[] = [];
      const real = new Map(r.stdout.trim().split('\n').map((l) => l.split(':') as [string, string]));
      for (const base of has) {
        const want = (real.get(base) ?? '').split(',').filter((n) => has.has(n)).join(' ');
        const got = startupListedSubclasses(minor, base).join(' ');
        if (got !== want) differ.push(`${base}: model [${got}], CPython [${want}]`);
      }
      assert.deepEqual(differ, []);
    });
  }
});
