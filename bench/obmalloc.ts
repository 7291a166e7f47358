// Throughput of the pymalloc model: allocations plus frees per second on a mixed
// workload of one million operations (sizes weighted toward small objects).
import { Obmalloc } from '../src/obmalloc';
import { getProfile, VersionId } from '../src/profiles';
import { Rng } from '../test/util/rng';

const OPS = 1_000_000;

/** ops[i] >= 0: malloc(ops[i]); ops[i] < 0: free the live block in slot -ops[i]-1. */
function workload(seed: number): Int32Array {
  const rng = new Rng(seed);
  const ops = new Int32Array(OPS);
  let live = 0;
  for (let i = 0; i < OPS; i++) {
    const grow = live < 20_000 ? 0.6 : 0.4;
    if (live === 0 || rng.next() < grow) {
      const r = rng.next();
      ops[i] = r < 0.5 ? rng.int(16, 64) : r < 0.9 ? rng.int(1, 512) : r < 0.98 ? rng.int(65, 256) : rng.int(513, 4096);
      live++;
    } else {
      ops[i] = -rng.int(0, live - 1) - 1;
      live--;
    }
  }
  return ops;
}

function runOnce(v: VersionId, ops: Int32Array): number {
  const m = new Obmalloc(getProfile(v).obmalloc);
  const live = new Float64Array(OPS);
  let n = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op >= 0) {
      live[n++] = m.malloc(op);
    } else {
      const s = -op - 1;
      m.free(live[s]);
      live[s] = live[--n];
    }
  }
  const t1 = process.hrtime.bigint();
  return Number(t1 - t0) / 1e9;
}

export function benchObmalloc(versions: readonly VersionId[]): void {
  const ops = workload(42);
  console.log(`obmalloc model: ${OPS.toLocaleString('en')} mixed malloc/free operations`);
  for (const v of versions) {
    runOnce(v, ops); // warm-up
    const times: number[] = [];
    for (let r = 0; r < 5; r++) times.push(runOnce(v, ops));
    times.sort((a, b) => a - b);
    const median = times[2];
    console.log(
      `  ${v.padEnd(5)} median ${(OPS / median / 1e6).toFixed(1)} M ops/s  (best ${(OPS / times[0] / 1e6).toFixed(1)}, ${(median * 1000).toFixed(0)} ms per million)`,
    );
  }
}
