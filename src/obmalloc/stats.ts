// The figures sys._debugmallocstats() prints about pymalloc, read two ways (from
// the model's running counters, and re-derived by walking every arena as
// _PyObject_DebugMallocStats does), and the text in CPython's exact format.
import { ObmallocConfig, deriveConstants } from './config';
import { Obmalloc } from './obmalloc';

export interface MallocStats {
  /** Per size class: pools in use, blocks in use, blocks still available in those pools. */
  readonly numpools: readonly number[];
  readonly numblocks: readonly number[];
  readonly numfreeblocks: readonly number[];
  readonly ntimesArenaAllocated: number;
  readonly narenasHighwater: number;
  /** Arenas allocated now. */
  readonly narenas: number;
  /** Empty pools plus pools not yet carved, over all live arenas. */
  readonly numfreepools: number;
  readonly arenaAlignment: number;
  /** Radix tree interior and leaf nodes (3.10+), or null without the tree. */
  readonly arenaMapMidCount: number | null;
  readonly arenaMapBotCount: number | null;
}

/** The statistics from counters the model keeps as it goes. */
export function incrementalStats(m: Obmalloc): MallocStats {
  const numpools = Array.from(m.statNumpools);
  const numblocks = Array.from(m.statNumblocks);
  return {
    numpools,
    numblocks,
    numfreeblocks: numpools.map((p, i) => p * m.k.numBlocks[i] - numblocks[i]),
    ntimesArenaAllocated: m.ntimesArenaAllocated,
    narenasHighwater: m.narenasHighwater,
    narenas: m.narenasCurrentlyAllocated,
    numfreepools: m.statNumfreepools,
    arenaAlignment: m.statArenaAlignment,
    arenaMapMidCount: m.config.radixTree ? m.arenaMapMid.size : null,
    arenaMapBotCount: m.config.radixTree ? m.arenaMapBot.size : null,
  };
}

/** The statistics re-derived from the arenas and pool headers, as _PyObject_DebugMallocStats walks them. */
export function walkStats(m: Obmalloc): MallocStats {
  const nb = m.nb;
  const numpools = new Array<number>(nb).fill(0);
  const numblocks = new Array<number>(nb).fill(0);
  const numfreeblocks = new Array<number>(nb).fill(0);
  let narenas = 0;
  let numfreepools = 0;
  let arenaAlignment = 0;
  for (let a = 0; a < m.maxarenas; a++) {
    const base = m.aAddress[a];
    if (base === 0) continue;
    narenas++;
    numfreepools += m.aNfreepools[a];
    if (base % m.config.poolSize !== 0) arenaAlignment += m.config.poolSize;
    const first = m.nb + a * m.maxPools;
    for (let pool = first; pool < first + m.aCarved[a]; pool++) {
      const count = m.pRef[pool];
      if (count === 0) continue; // currently unused
      const sz = m.pSzidx[pool];
      numpools[sz]++;
      numblocks[sz] += count;
      numfreeblocks[sz] += m.k.numBlocks[sz] - count;
    }
  }
  return {
    numpools,
    numblocks,
    numfreeblocks,
    ntimesArenaAllocated: m.ntimesArenaAllocated,
    narenasHighwater: m.narenasHighwater,
    narenas,
    numfreepools,
    arenaAlignment,
    arenaMapMidCount: m.config.radixTree ? m.arenaMapMid.size : null,
    arenaMapBotCount: m.config.radixTree ? m.arenaMapBot.size : null,
  };
}

/** The byte figures of the report's second half; they sum to narenas * arenaSize. */
export interface StatsBytes {
  readonly allocatedBlocks: number;
  readonly availableBlocks: number;
  readonly unusedPools: number;
  readonly poolHeaders: number;
  readonly quantization: number;
  readonly arenaAlignment: number;
}

/** _PyObject_DebugMallocStats' sums over the size classes in use. */
export function statsBytes(c: ObmallocConfig, s: MallocStats): StatsBytes {
  const k = deriveConstants(c);
  let allocatedBlocks = 0;
  let availableBlocks = 0;
  let poolHeaders = 0;
  let quantization = 0;
  for (let i = 0; i < k.nbSmallSizeClasses; i++) {
    const p = s.numpools[i];
    if (p === 0) continue;
    const size = k.blockSize[i];
    allocatedBlocks += s.numblocks[i] * size;
    availableBlocks += s.numfreeblocks[i] * size;
    poolHeaders += p * c.poolOverhead;
    quantization += p * ((c.poolSize - c.poolOverhead) % size);
  }
  return { allocatedBlocks, availableBlocks, unusedPools: s.numfreepools * c.poolSize, poolHeaders, quantization, arenaAlignment: s.arenaAlignment };
}

/** printone: a label padded to 35 columns, '=', and the value with thousands commas in 21 columns. */
export function printone(msg: string, value: number): string {
  const digits = Math.trunc(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return msg.padEnd(35, ' ') + '=' + digits.padStart(21, ' ') + '\n';
}

/** The pymalloc part of sys._debugmallocstats() (_PyObject_DebugMallocStats). */
export function formatDebugMallocStats(c: ObmallocConfig, s: MallocStats): string {
  const k = deriveConstants(c);
  let out = `Small block threshold = ${c.smallRequestThreshold}, in ${k.nbSmallSizeClasses} size classes.\n`;
  out += '\nclass   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  for (let i = 0; i < k.nbSmallSizeClasses; i++) {
    const p = s.numpools[i];
    if (p === 0) continue;
    const b = s.numblocks[i];
    const f = s.numfreeblocks[i];
    const size = k.blockSize[i];
    out +=
      String(i).padStart(5) +
      ' ' +
      String(size).padStart(6) +
      ' ' +
      String(p).padStart(11) +
      ' ' +
      String(b).padStart(15) +
      ' ' +
      String(f).padStart(13) +
      '\n';
  }
  out += '\n';
  out += printone('# arenas allocated total', s.ntimesArenaAllocated);
  out += printone('# arenas reclaimed', s.ntimesArenaAllocated - s.narenas);
  out += printone('# arenas highwater mark', s.narenasHighwater);
  out += printone('# arenas allocated current', s.narenas);
  out += printone(`${s.narenas} arenas * ${c.arenaSize} bytes/arena`, s.narenas * c.arenaSize);
  out += '\n';
  let total = 0;
  const line = (msg: string, v: number): void => {
    out += printone(msg, v);
    total += v;
  };
  const bytes = statsBytes(c, s);
  line('# bytes in allocated blocks', bytes.allocatedBlocks);
  line('# bytes in available blocks', bytes.availableBlocks);
  line(`${s.numfreepools} unused pools * ${c.poolSize} bytes`, bytes.unusedPools);
  line('# bytes lost to pool headers', bytes.poolHeaders);
  line('# bytes lost to quantization', bytes.quantization);
  line('# bytes lost to arena alignment', bytes.arenaAlignment);
  out += printone('Total', total);

  const rt = c.radixTree;
  if (rt !== null && s.arenaMapMidCount !== null && s.arenaMapBotCount !== null) {
    out += '\narena map counts\n';
    out += printone('# arena map mid nodes', s.arenaMapMidCount);
    out += printone('# arena map bot nodes', s.arenaMapBotCount);
    out += '\n';
    // Node sizes: root and mid hold pointers; a bottom node holds {int32 tail_hi, tail_lo} per arena.
    const root = 2 ** rt.topBits * 8;
    const mid = 2 ** rt.midBits * 8 * s.arenaMapMidCount;
    const bot = 2 ** rt.botBits * 8 * s.arenaMapBotCount;
    out += printone('# bytes lost to arena map root', root);
    out += printone('# bytes lost to arena map mid', mid);
    out += printone('# bytes lost to arena map bot', bot);
    out += printone('Total', root + mid + bot);
  }
  return out;
}

/** Parse the pymalloc part of a real sys._debugmallocstats() output back into figures (for tests and tools). */
export function parseDebugMallocStats(text: string): MallocStats {
  const lines = text.split('\n');
  const nb = Number(/in (\d+) size classes/.exec(lines[0])?.[1]);
  const numpools = new Array<number>(nb).fill(0);
  const numblocks = new Array<number>(nb).fill(0);
  const numfreeblocks = new Array<number>(nb).fill(0);
  const value = (label: string): number | null => {
    const l = lines.find((x) => x.startsWith(label));
    return l === undefined ? null : Number(l.slice(36).replace(/[ ,]/g, ''));
  };
  for (const l of lines) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(l);
    if (m) {
      const i = Number(m[1]);
      numpools[i] = Number(m[3]);
      numblocks[i] = Number(m[4]);
      numfreeblocks[i] = Number(m[5]);
    }
  }
  const unused = lines.find((x) => / unused pools \* /.test(x)) ?? '';
  return {
    numpools,
    numblocks,
    numfreeblocks,
    ntimesArenaAllocated: value('# arenas allocated total') ?? 0,
    narenasHighwater: value('# arenas highwater mark') ?? 0,
    narenas: value('# arenas allocated current') ?? 0,
    numfreepools: Number(/^(\d+) unused pools/.exec(unused)?.[1] ?? 0),
    arenaAlignment: value('# bytes lost to arena alignment') ?? 0,
    arenaMapMidCount: value('# arena map mid nodes'),
    arenaMapBotCount: value('# arena map bot nodes'),
  };
}
