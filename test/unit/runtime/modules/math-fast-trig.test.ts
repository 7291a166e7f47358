// The fast sin, cos, tan, atan, asin, acos and atan2 (double-double estimate, Ziv's test) give the
// 256-bit functions' results bit for bit, on random and edge-case inputs, huge arguments included.
import { bigAcos, bigAsin, bigAtan, bigAtan2, bigCos, bigSin, bigTan } from '../../../../src/runtime/modules/math-cr';
import { crAcos, crAsin, crAtan, crAtan2, crCos, crSin, crTan } from '../../../../src/runtime/modules/math-fast-trig';
import { anyBits, around, itMatches, regulars, rng, SPECIALS } from './math-inputs';

// MATH_FAST_RANDOM=100000 for a longer search.
const RANDOM = Number(process.env.MATH_FAST_RANDOM ?? 4000);

function trigArgs(): number[][] {
  const r = rng(0x7219);
  const xs = [...SPECIALS, ...regulars()];
  // Next to multiples of pi/2 (results near 0 or poles), the reach of the fast reduction, the
  // table's steps j/128 + 1/256, tiny and huge arguments, and a hard case for reduction.
  for (let i = 0; i < 200; i++) {
    const k = i < 100 ? i : Math.round(r() * 1.3e6);
    xs.push(...around((k * Math.PI) / 2), ...around(-(k * Math.PI) / 2));
  }
  for (let j = 0; j <= 102; j++) xs.push(...around((j + 0.5) / 128), ...around(Math.PI / 2 - (j + 0.5) / 128));
  for (const b of [1e6, 2 ** -26, 2 ** -27, Math.PI / 4, 1e22, 2 ** 1023, 6381956970095103 * 2 ** 797, 5.319372648326541e255]) xs.push(...around(b), ...around(-b));
  for (let i = 0; i < RANDOM; i++) xs.push((r() - 0.5) * 2 ** (44 * r() - 24), (r() - 0.5) * 2e6, anyBits(r));
  return xs.map((x) => [x]);
}

function atanArgs(): number[][] {
  const r = rng(0xa7a4);
  const xs = [...SPECIALS, ...regulars()];
  for (let j = 0; j <= 128; j++) xs.push(...around((j + 0.5) / 128), ...around(128 / (j + 0.5)));
  for (const b of [2 ** -26, 2 ** 500, 2 ** 100, 1e300]) xs.push(...around(b), ...around(-b));
  for (let i = 0; i < RANDOM; i++) xs.push((r() - 0.5) * 2 ** (80 * r() - 40), (r() - 0.5) * 4, anyBits(r));
  return xs.map((x) => [x]);
}

function unitArgs(): number[][] {
  const r = rng(0xa5c0);
  const xs = [...SPECIALS, ...regulars()];
  for (const b of [1, 0.5, Math.SQRT1_2, 2 ** -26, 2 ** -500, 1e-300]) xs.push(...around(b), ...around(-b));
  for (let i = 0; i < RANDOM; i++) xs.push((r() - 0.5) * 2, (r() - 0.5) * 2 ** (-60 * r()), 1 - r() * 2 ** (-50 * r()));
  return xs.map((x) => [x]);
}

function atan2Args(): number[][] {
  const r = rng(0xa7a2);
  const out: number[][] = [];
  const some = [...SPECIALS, 2 ** 500, 2 ** 501, 2 ** -500, 2 ** -501, 1e-310, 3.5];
  for (const y of some) for (const x of some) out.push([y, x]);
  // Tiny ratios, where bigAtan2's fixed point runs short of bits.
  for (let k = -260; k <= -100; k++) out.push([1.2345 * 2 ** k, 0.987], [-1.2345 * 2 ** k, 0.987], [1.2345 * 2 ** k, -0.987], [0.987, 1.2345 * 2 ** -k]);
  for (let i = 0; i < RANDOM; i++) {
    out.push([(r() - 0.5) * 2 ** (40 * r() - 20), (r() - 0.5) * 2 ** (40 * r() - 20)]);
    out.push([(r() - 0.5) * 2 ** (2000 * r() - 1000), (r() - 0.5) * 2 ** (2000 * r() - 1000)]);
    out.push([anyBits(r), anyBits(r)]);
    const x = (r() - 0.5) * 10;
    out.push([x * (1 + (r() - 0.5) * 2 ** -30), x]);
  }
  return out;
}

describe('the fast correctly rounded sin, cos, tan, atan, asin, acos and atan2', () => {
  const r = rng(11);
  const xs = Array.from({ length: 3000 }, () => [(r() - 0.5) * 200]);
  const unit = Array.from({ length: 3000 }, () => [(r() - 0.5) * 1.99]);
  const pairs = Array.from({ length: 3000 }, () => [(r() - 0.5) * 10, (r() - 0.5) * 10]);
  itMatches(
    [
      ['sin', trigArgs, crSin, bigSin],
      ['cos', trigArgs, crCos, bigCos],
      ['tan', trigArgs, crTan, bigTan],
      ['atan', atanArgs, crAtan, bigAtan],
      ['asin', unitArgs, crAsin, bigAsin],
      ['acos', unitArgs, crAcos, bigAcos],
      ['atan2', atan2Args, crAtan2, bigAtan2],
    ],
    [xs, xs, xs, xs, unit, unit, pairs],
  );
});
