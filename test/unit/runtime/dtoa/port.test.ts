// The step-by-step port of dtoa.c (src/runtime/dtoa) must give the digits and values dtoa.c
// gives: exact expansions rounded half to even (./reference) and ECMAScript's correctly rounded reading.
import * as assert from 'node:assert/strict';
import { initDtoaState } from '../../../../src/runtime/dtoa/bigint';
import { dgDtoa, freedtoa } from '../../../../src/runtime/dtoa/dtoa';
import { dgStrtod } from '../../../../src/runtime/dtoa/strtod';
import { fixedDigits, precisionDigits, shortestDigits } from './reference';

/** A fixed sequence of doubles: random bit patterns, decimal-looking values, huge and tiny ones. */
function* doubles(n: number): Generator<number> {
  let seed = 12345;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < n; i++) {
    view.setUint32(0, next() & 0x7fefffff);
    view.setUint32(4, next());
    const kind = i % 4;
    if (kind === 0) yield view.getFloat64(0);
    else if (kind === 1) yield (next() % 1000000) / 10 ** (next() % 9);
    else if (kind === 2) yield (next() / 2 ** 32) * 10 ** ((next() % 600) - 300);
    else yield 2 ** -1074 * (next() % 5000);
  }
}


describe('the dtoa.c port', () => {
  before(() => initDtoaState(13));

  it('strips the trailing zeros of a small integer whose digits round down (bpo-40780)', () => {
    for (const [x, mode, n, want] of [
      [1005, 2, 3, precisionDigits(1005, 3)],
      [1050, 2, 2, precisionDigits(1050, 2)],
      [1005, 3, -1, fixedDigits(1005, -1)],
    ] as const) {
      const got = dgDtoa(x, mode, n);
      freedtoa(got);
      assert.deepEqual([got.digits, got.decpt], [want.digits, want.decpt], `${x} mode ${mode} ${n}`);
    }
  });

  it('gives dtoa.c\'s digits in modes 0, 2 and 3', () => {
    let i = 0;
    for (const x of doubles(4000)) {
      if (x === 0) continue;
      const nd = (i++ % 30) - 6;
      const cases: Array<[number, number, { digits: string; decpt: number }]> = [
        [0, 0, shortestDigits(x)],
        [2, Math.abs(nd) + 1, precisionDigits(x, Math.abs(nd) + 1)],
        [3, nd, fixedDigits(x, nd)],
      ];
      for (const [mode, n, want] of cases) {
        const got = dgDtoa(x, mode, n);
        freedtoa(got);
        if (want.digits === '') assert.equal(got.digits, '', `${x} mode ${mode} ${n}`);
        else assert.deepEqual([got.digits, got.decpt], [want.digits, want.decpt], `${x} mode ${mode} ${n}`);
      }
    }
  });

  it('reads decimal strings to the nearest double, long ones through bigcomp', () => {
    let i = 0;
    for (const x of doubles(3000)) {
      const digits = String(Math.abs(x)).replace(/\D/g, '').repeat(1 + (i % 5));
      const texts = [String(x), x.toExponential(i % 40), `${digits}e${(i % 700) - 380}`, `0.${digits}e-${i % 330}`];
      i++;
      for (const s of texts) assert.ok(Object.is(dgStrtod(s), Number(s)), s);
    }
  });
});
