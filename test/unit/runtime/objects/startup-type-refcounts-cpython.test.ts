// The counts the model starts the builtin types at (src/runtime/objects/startup-type-refcounts.ts)
// are those each interpreter's start-up leaves: test/oracle/startup_type_refcounts.py prints them.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cpythonTypeName, startupTypeRefcnt } from '../../../../src/runtime/objects/startup-type-refcounts';
import { allBuiltinTypes } from '../../../../src/runtime/objects/typeobject';
import '../../../../src/runtime/interpreter';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

const PROBE = join(__dirname, '..', '..', '..', '..', '..', 'test', 'oracle', 'startup_type_refcounts.py');

describe("the builtin types start at CPython's reference counts", () => {
  before(() => reportMissing("the builtin types' start-up reference counts"));
  for (const interp of findInterpreters().found) {
    it(`starts each builtin type the model has at CPython ${interp.full}'s count`, function () {
      this.timeout(60_000);
      const r = spawnSync(interp.path, [PROBE], { encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
      assert.equal(r.status, 0, r.stderr);
      const real = new Map(r.stdout.trim().split('\n').map((l) => l.split('=') as [string, string]));
      const minor = Number(interp.version.split('.')[1]);
      const differ: string[] = [];
      for (const t of allBuiltinTypes()) {
        const name = cpythonTypeName(t, minor);
        const want = real.get(name);
        // A type this version does not have at start (EncodingWarning before 3.10) keeps whatever the model gives it.
        if (want === undefined) continue;
        const n = startupTypeRefcnt(minor, t);
        // A heap type the model counts where it makes it (ExceptionGroup) is another test's, and so
        // are itertools' and collections' types, counted where the module is made (memory/refcounts/itertools_type_refcounts.py,
        // collections/type_refcounts.py).
        if (n === null && (want.startsWith('heap ') || /^(itertools|_?collections)\./.test(name))) continue;
        const got = n === null ? 'none' : n === 0xffffffff ? 'immortal' : String(n);
        if (got !== want.replace('heap ', '')) differ.push(`${name}: model ${got}, CPython ${want}`);
      }
      assert.deepEqual(differ, []);
      for (const k of ['int', 'object', 'type', 'builtin_function_or_method', 'list_iterator', 'ValueError']) assert.ok(real.has(k), `CPython's probe printed no ${k}`);
    });
  }
});
