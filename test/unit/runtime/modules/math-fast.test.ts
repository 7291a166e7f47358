// The fast exp, exp2, log and pow (double-double estimate, Ziv's test) give the 256-bit functions'
// results bit for bit, on random and edge-case inputs; on ordinary inputs they rarely need them.
import { bigExp, bigExp2, bigLog, bigPow } from '../../../../src/runtime/modules/math-cr';
import { crExp, crExp2, crLog, crPow } from '../../../../src/runtime/modules/math-fast';
import { anyBits, around, itMatches, regulars, rng, SPECIALS } from './math-inputs';

// MATH_FAST_RANDOM=100000 for a longer search.
const RANDOM = Number(process.env.MATH_FAST_RANDOM ?? 6000);

function exps(): number[][] {
  const r = rng(0x5eed1);
  const xs = [...SPECIALS, ...regulars()];
  // Overflow, the last normal, underflow to 0, the fast path's own limits, tiny arguments.
  for (const b of [709.782712893384, 709.7827128933840, -708.3964185322641, -745.1332191019411, -744.4400719213812, -707, 709, 2 ** -54, -(2 ** -54), 2 ** -60, Math.LN2, 1 / 128]) xs.push(...around(b), ...around(-b));
  // Next to the reduction's boundaries k ln2/128 + ln2/256.
  for (let i = 0; i < 300; i++) xs.push(...around(((Math.round((r() - 0.5) * 2 * 130000) + 0.5) * Math.LN2) / 128));
  for (let i = 0; i < RANDOM; i++) xs.push((r() - 0.5) * 1420, (r() - 0.5) * 2 ** (-60 * r()), anyBits(r));
  return xs.map((x) => [x]);
}

function logs(): number[][] {
  const r = rng(0x5eed2);
  const xs = [...SPECIALS, ...regulars()];
  // The table's buckets (the leading byte of the mantissa) and the split at 1.414.
  for (let i = 0; i <= 256; i++) xs.push(...around(1 + i / 256), ...around(0.5 + i / 512));
  for (const b of [1 - 2 ** -9, 1 + 2 ** -8, 1.4140625, Math.SQRT2, Math.E, 2 ** -1022, 2 ** -1074 * 3]) xs.push(...around(b));
  for (let i = 0; i < RANDOM; i++) {
    xs.push(2 ** ((r() - 0.5) * 2100) * (1 + r()), 1 + (r() - 0.5) * 2 ** (-52 * r()), anyBits(r), r() * 2 ** -1022);
  }
  return xs.map((x) => [x]);
}

function pows(): number[][] {
  const r = rng(0x5eed3);
  const out: number[][] = [];
  const some = [...SPECIALS, 0.25, 1.5, -1.5, 1e-10, 7, 1 + 2 ** -52, 1 - 2 ** -53];
  for (const x of some) for (const y of some) out.push([x, y]);
  for (let i = 0; i < RANDOM; i++) {
    out.push([2 ** ((r() - 0.5) * 60) * (1 + r()), (r() - 0.5) * 60]);
    out.push([r() * 1000, [0.5, 1.5, 2.5, -0.5, -1.5, 1 / 3][i % 6]]);
    // Negative bases with integer exponents, small (exact in bigPow) and large.
    out.push([-(r() * 20), Math.round((r() - 0.5) * (i % 2 ? 130 : 2000))]);
    // Near 1 with large exponents, results near overflow and underflow, subnormal results.
    out.push([1 + (r() - 0.5) * 2 ** (-40 * r()), (r() - 0.5) * 2 ** (40 * r())]);
    const x = 1 + r() * 20;
    const edge = [709.78, -708.4, -745.1, -707, 709, 710, -746][i % 7] / Math.log(x);
    out.push([x, edge * (1 + (r() - 0.5) * 2 ** -20)]);
    out.push([anyBits(r), anyBits(r)]);
    out.push([anyBits(r), Math.round((r() - 0.5) * 200)]);
  }
  // Exact results and exact midpoints: (t*t) ** 1.5 = t**3 (54 bits for odd t near 2**18), squares ** 0.5.
  for (let t = 2 ** 18 - 4001; t < 2 ** 18; t += 2) out.push([t * t, 1.5], [t * t, 0.5], [t * t, -0.5], [t, 3], [t * t, 2.5]);
  for (const y of [2 ** 900, -(2 ** 900), 2 ** 899, 2 ** 63, 1e-300, 2 ** -60]) out.push([1.0000001, y], [0.5, y], [-3, y]);
  return out;
}

function exp2s(): number[][] {
  const r = rng(0x5eed4);
  const xs = [...SPECIALS, ...regulars()];
  for (const b of [-1019, 1022, 1023.5, 1024, -1022.5, -1074, -1074.5, -1075, -1080, 1025]) xs.push(...around(b));
  for (let i = 0; i < RANDOM; i++) xs.push((r() - 0.5) * 2200, (r() - 0.5) * 2 ** (-60 * r()), anyBits(r));
  return xs.map((x) => [x]);
}

describe('the fast correctly rounded exp, exp2, log and pow', () => {
  const r = rng(7);
  const xs = Array.from({ length: 4000 }, () => [(r() - 0.5) * 100]);
  const pos = Array.from({ length: 4000 }, () => [r() * 100 + 1e-3]);
  const pairs = Array.from({ length: 4000 }, () => [r() * 100, (r() - 0.5) * 10]);
  itMatches(
    [
      ['exp', exps, crExp, bigExp],
      ['exp2', exp2s, crExp2, bigExp2],
      ['log', logs, crLog, bigLog],
      ['pow', pows, crPow, bigPow],
    ],
    [xs, xs, pos, pairs],
  );
});
