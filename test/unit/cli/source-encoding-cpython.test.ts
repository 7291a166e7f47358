// A script's bytes as `arena-lens run` reads them, against each CPython: a UTF-8 BOM, a coding
// declaration on line 1 or 2 (PEP 263), and the SyntaxError for bytes that are not UTF-8 or an
// encoding CPython does not know. The scripts are bytes, so they are made here, not kept in a corpus.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findInterpreters, oracleEnv, reportMissing } from '../../util/pythons';

const CLI = join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');
const CASES: Record<string, Buffer> = {
  latin1_byte_on_line_2: bytes('x = 1\ns = "\xff"\nprint(s)\n'),
  continuation_byte_first: bytes('\x80 = 1\n'),
  valid_then_invalid: bytes('print("\xc3\xa9\xff")\n'),
  surrogate_encoded: bytes('print("\xed\xa0\x80")\n'),
  latin1_declared: bytes('# -*- coding: latin-1 -*-\ns = "\xe9"\nprint(s, len(s), ord(s))\n'),
  iso_8859_1_declared_on_line_2: bytes('#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nprint(len("\xe9\xe8"))\n'),
  declaration_after_code_ignored: bytes('print(1)\n# coding: latin-1\nprint("\xe9")\n'),
  unknown_encoding: bytes('# coding: foo\nprint(1)\n'),
  ascii_declared_with_other_bytes: bytes('# coding: ascii\nprint("\xc3\xa9")\n'),
  ascii_only_in_other_codec: bytes('# coding: cp1252\nprint("abc")\n'),
  utf8_bom: bytes('\xef\xbb\xbfprint("bom", "\xc3\xa9")\n'),
};

describe('a script is read from its bytes as CPython reads it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arena-lens-enc-'));
  for (const [name, b] of Object.entries(CASES)) writeFileSync(join(dir, `${name}.py`), b);
  before(() => {
    reportMissing('source encodings');
    console.log("    (surrogate_encoded.py is compared on 3.11+ only: 3.8-3.10's tokenizer lets it through to the str literal's decoding, where the mini-runtime stops with its own message, checked below)");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const interp of findInterpreters().found) {
    it(`prints what CPython ${interp.full} prints for ${Object.keys(CASES).length} scripts' bytes`, function () {
      this.timeout(120_000);
      const wrong: string[] = [];
      for (const name of Object.keys(CASES)) {
        // 3.8-3.10 let it through to the str literal's decoding; the model stops there (below).
        if (name === 'surrogate_encoded' && Number(interp.version.split('.')[1]) <= 10) continue;
        // A relative name, as a user types it: 3.9+ print the absolute path, 3.8 the name given.
        const file = `${name}.py`;
        const real = spawnSync(interp.path, [file], { cwd: dir, encoding: 'utf8', env: oracleEnv() });
        const model = spawnSync(process.execPath, [CLI, 'run', file, '--python', interp.version], { cwd: dir, encoding: 'utf8', env: oracleEnv() });
        const show = (r: typeof real): string => `status ${r.status}\n${r.stdout}${r.stderr}`;
        if (show(model) !== show(real)) wrong.push(`${name}\n--- CPython\n${show(real)}--- model\n${show(model)}`);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('stops with a clear message at the line of an encoded surrogate up to 3.10', () => {
    const r = spawnSync(process.execPath, [CLI, 'run', 'surrogate_encoded.py', '--python', '3.10'], { cwd: dir, encoding: 'utf8', env: oracleEnv() });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^\/.*surrogate_encoded\.py:1: an encoded surrogate \(bytes ED A0-BF \.\.\) is not supported by the mini-runtime\n$/);
  });

  it('stops with a clear message at the declaration for an encoding it cannot read', () => {
    writeFileSync(join(dir, 'cp1252.py'), bytes('# coding: cp1252\nprint("\x80")\n'));
    const r = spawnSync(process.execPath, [CLI, 'run', 'cp1252.py', '--python', '3.8'], { cwd: dir, encoding: 'utf8', env: oracleEnv() });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, "cp1252.py:1: source encoding 'cp1252' is not supported by the mini-runtime (it reads UTF-8, Latin-1 and ASCII)\n");
  });
});
