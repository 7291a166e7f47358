// Named scenarios of pymalloc's algorithm, each checked against the invariants.
import * as assert from 'node:assert/strict';
import { checkInvariants, Obmalloc } from '../../../src/obmalloc';
import { getProfile, VersionId } from '../../../src/profiles';

function fresh(v: VersionId): Obmalloc {
  return new Obmalloc(getProfile(v).obmalloc);
}

function loc(m: Obmalloc, p: number) {
  const l = m.locate(p);
  assert.equal(l.kind, 'pool', `0x${p.toString(16)} should be a pymalloc block`);
  if (l.kind !== 'pool') throw new Error('unreachable');
  return l;
}

describe('obmalloc scenarios', () => {
  it('the first allocation carves a new arena and its first pool, and returns the block after the pool header', () => {
    for (const v of ['3.8', '3.11'] as const) {
      const m = fresh(v);
      const c = m.config;
      const p = m.malloc(24);
      const l = loc(m, p);
      assert.equal(m.narenasCurrentlyAllocated, 1);
      assert.equal(l.arenaIndex, 0);
      assert.equal(l.poolInArena, 0);
      assert.equal(l.szidx, 1);
      assert.equal(l.blockIndex, 0);
      assert.equal(p, l.poolAddress + c.poolOverhead);
      assert.equal(l.poolAddress % c.poolSize, 0, 'pools are pool-aligned');
      // 3.10+ arenas sit off a 16 KiB boundary, so one pool is lost to alignment.
      assert.equal(m.aNtotalpools[0], v === '3.8' ? 64 : 63);
      assert.equal(m.aNfreepools[0], m.aNtotalpools[0] - 1);
      assert.equal(m.usableArenas, 0);
      checkInvariants(m);
    }
  });

  it('a freed block is the next one handed out in its size class', () => {
    const m = fresh('3.11');
    const a = m.malloc(40);
    const b = m.malloc(40);
    const c = m.malloc(33); // same class (33..48)
    assert.equal(b - a, 48);
    assert.equal(c - b, 48);
    m.free(a);
    checkInvariants(m);
    assert.equal(m.malloc(48), a);
    m.free(c);
    m.free(b);
    assert.equal(m.malloc(35), b, 'last freed, first reused');
    assert.equal(m.malloc(35), c);
    checkInvariants(m);
  });

  it('blocks of different size classes come from different pools', () => {
    const m = fresh('3.12');
    const a = loc(m, m.malloc(16));
    const b = loc(m, m.malloc(17));
    assert.notEqual(a.pool, b.pool);
    assert.equal(b.poolInArena, 1);
    checkInvariants(m);
  });

  it('a full pool leaves usedpools and returns to its front when one of its blocks is freed', () => {
    for (const v of ['3.8', '3.13'] as const) {
      const m = fresh(v);
      const n = m.k.numBlocks[31];
      const first: number[] = [];
      for (let i = 0; i < n; i++) first.push(m.malloc(512));
      const pool1 = loc(m, first[0]).pool;
      assert.equal(m.pNextpool[31], 31, 'the full pool is on no list');
      const next = m.malloc(512);
      const pool2 = loc(m, next).pool;
      assert.notEqual(pool2, pool1);
      m.free(first[5]);
      assert.equal(m.pNextpool[31], pool1, 'the formerly full pool is at the front');
      assert.equal(m.malloc(500), first[5]);
      checkInvariants(m);
    }
  });

  it('blocks are carved from a fresh pool in address order, lazily', () => {
    const m = fresh('3.9');
    const ps = [m.malloc(100), m.malloc(100), m.malloc(100)];
    const l = loc(m, ps[0]);
    assert.deepEqual(ps.map((p) => (p - l.poolAddress - 48) / 112), [0, 1, 2]);
    assert.equal(m.pNextoffset[l.pool], 48 + 4 * 112, 'one block beyond the free list head');
  });

  it('new pools come from the arena with the fewest free pools (the most used one)', () => {
    const m = fresh('3.11');
    const perPool = m.k.numBlocks[31];
    const pools = 63; // a 3.11 arena off a 16 KiB boundary
    // Fill arena 0 and two pools of arena 1.
    const blocks: number[][] = [];
    for (let p = 0; p < pools + 2; p++) {
      const row: number[] = [];
      for (let i = 0; i < perPool; i++) row.push(m.malloc(512));
      blocks.push(row);
    }
    assert.equal(m.narenasCurrentlyAllocated, 2);
    // Empty 5 pools of arena 0: it now has 5 free pools, arena 1 has 61.
    for (let p = 0; p < 5; p++) for (const b of blocks[p]) m.free(b);
    checkInvariants(m);
    assert.equal(m.usableArenas, 0, 'arena 0 (5 free pools) heads usable_arenas');
    const q = loc(m, m.malloc(16));
    assert.equal(q.arenaIndex, 0, 'a new pool is taken from the most used arena');
    assert.equal(q.pool, loc(m, blocks[4][0]).pool, 'the most recently emptied pool is reused first');
    checkInvariants(m);
  });

  it('an arena is released when its last pool empties: always in 3.8, never the last usable arena in 3.9+', () => {
    for (const v of ['3.8', '3.9', '3.11'] as const) {
      const m = fresh(v);
      const p = m.malloc(64);
      m.free(p);
      checkInvariants(m);
      assert.equal(m.narenasCurrentlyAllocated, v === '3.8' ? 0 : 1, v);
      assert.equal(m.ntimesArenaAllocated, 1);
    }
    // With two arenas, 3.9+ releases the emptied one that is not last in usable_arenas.
    const m = fresh('3.11');
    const perPool = m.k.numBlocks[31];
    const all: number[] = [];
    for (let i = 0; i < perPool * 64; i++) all.push(m.malloc(512));
    assert.equal(m.narenasCurrentlyAllocated, 2);
    const arena0 = all.filter((b) => loc(m, b).arenaIndex === 0);
    for (const b of arena0) m.free(b);
    checkInvariants(m);
    assert.equal(m.narenasCurrentlyAllocated, 1, 'arena 0 went back to the system');
    assert.equal(m.unusedArenaObjects, 0);
    // Its descriptor and its address are reused by the next arena.
    for (let i = 0; i < perPool * 63; i++) m.malloc(512);
    assert.equal(m.ntimesArenaAllocated, 3);
    assert.equal(m.aAddress[0] !== 0, true);
    checkInvariants(m);
  });

  it('the historical (2.4) allocator never releases an arena, and reuses empty pools from one global list', () => {
    const m = fresh('2.4');
    const perPool = m.k.numBlocks[31];
    const all: number[] = [];
    for (let i = 0; i < perPool * 100; i++) all.push(m.malloc(256));
    const arenas = m.narenasCurrentlyAllocated;
    assert.ok(arenas >= 2);
    const lastPool = loc(m, all[all.length - 1]).pool;
    for (const b of all) m.free(b);
    checkInvariants(m);
    assert.equal(m.narenasCurrentlyAllocated, arenas, 'every arena is still held');
    assert.equal(m.getAllocatedBlocks(), 0);
    const again = loc(m, m.malloc(8));
    assert.equal(again.pool, lastPool, 'the last emptied pool is reused first');
  });

  it('realloc stays in place within a size class and when shrinking by less than a quarter', () => {
    const m = fresh('3.11');
    const p = m.malloc(100); // 112-byte block
    assert.equal(m.realloc(p, 112), p);
    assert.equal(m.realloc(p, 85), p, '4*85 > 3*112');
    checkInvariants(m);
  });

  it('realloc moves to another size class when growing or shrinking by a quarter or more, freeing the old block', () => {
    const m = fresh('3.11');
    const p = m.malloc(100);
    const q = m.realloc(p, 200);
    assert.notEqual(q, p);
    assert.equal(loc(m, q).blockSize, 208);
    assert.equal(m.getAllocatedBlocks(), 1);
    // p's pool emptied when p moved, so it went back to its arena and is the
    // first pool re-initialised for the next class that needs one.
    const r = m.realloc(q, 64); // 4*64 <= 3*208
    assert.equal(loc(m, r).blockSize, 64);
    assert.equal(r, p, 'the emptied pool is reused for class 3, first block first');
    checkInvariants(m);
  });

  it('realloc past the threshold leaves pymalloc, and a raw block stays raw when it shrinks', () => {
    const m = fresh('3.10');
    const p = m.malloc(400);
    const q = m.realloc(p, 1000);
    assert.equal(m.locate(q).kind, 'raw');
    const r = m.realloc(q, 16);
    assert.equal(r, q, 'shrinking a raw block keeps it where it is');
    assert.equal(m.locate(r).kind, 'raw');
    assert.equal(m.getAllocatedBlocks(), 1);
    checkInvariants(m);
  });

  it('requests of 0 bytes and above the threshold go to the system allocator and are counted', () => {
    const m = fresh('3.12');
    const z = m.malloc(0);
    const big = m.malloc(513);
    assert.equal(m.locate(z).kind, 'raw');
    assert.equal(m.locate(big).kind, 'raw');
    assert.equal(m.narenasCurrentlyAllocated, 0, 'no arena was needed');
    assert.equal(m.getAllocatedBlocks(), 2);
    const p = m.malloc(512);
    const zero = m.realloc(p, 0);
    assert.equal(m.locate(zero).kind, 'raw', 'realloc to 0 returns a fresh 1-byte malloc block');
    assert.equal(m.getAllocatedBlocks(), 3);
    m.free(z);
    m.free(big);
    m.free(zero);
    assert.equal(m.getAllocatedBlocks(), 0);
    checkInvariants(m);
  });

  it('freeing an address that is not a live block is reported as a bug', () => {
    const m = fresh('3.11');
    const p = m.malloc(32);
    m.free(p);
    assert.throws(() => m.free(p), /not a block in use/);
    assert.throws(() => m.free(p + 8), /not a block in use/);
  });

  it('an address tells its pool and arena: the pool is the address rounded down to POOL_SIZE', () => {
    const m = fresh('3.11');
    const ps: number[] = [];
    for (let i = 0; i < 5000; i++) ps.push(m.malloc(1 + (i % 512)));
    for (const p of ps) {
      const l = loc(m, p);
      assert.equal(l.poolAddress, p - (p % m.config.poolSize));
      assert.ok(p - l.arenaAddress >= 0 && p - l.arenaAddress < m.config.arenaSize);
    }
  });

  it('a clone is an independent copy of the allocator', () => {
    const m = fresh('3.11');
    const ps = [m.malloc(10), m.malloc(100), m.malloc(1000)];
    const c = m.clone();
    checkInvariants(c);
    m.free(ps[0]);
    assert.equal(c.getAllocatedBlocks(), 3);
    assert.equal(m.malloc(10), ps[0], 'the original reuses its freed block');
    assert.equal(c.malloc(10), ps[0] + 16, 'the clone never saw that free');
    checkInvariants(m);
    checkInvariants(c);
  });
});
