// Syntax errors against python3's compile(): the reported line always, and the message
// for every program in the corpus except the few listed as known gaps.
import * as assert from 'node:assert/strict';
import { parse } from '../../../../src/runtime/syntax/parse';
import { corpus, programsIn, runOracle } from './oracle-util';

/** Programs whose CPython message we do not reproduce yet (the line still matches). */
const MESSAGE_GAPS = new Set<string>([]);

describe('syntax errors against python3 compile()', () => {
  const programs = programsIn('bad-programs.txt');
  let oracle: ReturnType<typeof runOracle>;
  before(() => {
    oracle = runOracle(programs);
  });

  it('has at least 40 programs that python3 rejects', () => {
    assert.ok(programs.length >= 40);
    programs.forEach((p, i) => assert.ok(oracle[i].error, `python3 accepts ${JSON.stringify(p)}`));
  });

  for (const [i, src] of programs.entries()) {
    const title = JSON.stringify(src.length > 40 ? src.slice(0, 40) + '…' : src);
    it(`reports ${title} on CPython's line${MESSAGE_GAPS.has(src.trim()) ? '' : ' with its message and kind'}`, () => {
      const want = oracle[i].error!;
      const r = parse(src);
      assert.ok(!r.ok, 'parsed without error');
      assert.equal(r.error.line, want.line, `ours: ${r.error.message}; python: ${want.message}`);
      if (!MESSAGE_GAPS.has(src.trim())) {
        assert.equal(r.error.message, want.message);
        assert.equal(r.error.kind, want.type);
      }
    });
  }

  it('puts the error on the same line as CPython for truncations of every corpus program', () => {
    const cut: string[] = [];
    for (const p of corpus('corpus')) for (const frac of [0.2, 0.45, 0.7, 0.9]) cut.push(p.src.slice(0, Math.floor(p.src.length * frac)));
    const o = runOracle(cut);
    const wrong: string[] = [];
    cut.forEach((src, i) => {
      const r = parse(src);
      const want = o[i].error;
      if (!want) { if (!r.ok) wrong.push(`rejected valid ${JSON.stringify(src.slice(-40))}`); return; }
      if (r.ok) wrong.push(`accepted ${JSON.stringify(src.slice(-40))}`);
      else if (r.error.line !== want.line) wrong.push(`line ${r.error.line} vs ${want.line}: ${JSON.stringify(src.slice(-40))}`);
    });
    assert.deepEqual(wrong, []);
  });
});
