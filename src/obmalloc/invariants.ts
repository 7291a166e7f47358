// The invariants Objects/obmalloc.c asserts or states in its comments, as code.
// checkInvariants throws on the first broken one; tests call it after every operation.
import { DUMMY_SIZE_IDX } from './arenas';
import { Obmalloc } from './obmalloc';
import { incrementalStats, walkStats } from './stats';

const NULL = -1;

function fail(msg: string): never {
  throw new Error(`obmalloc invariant: ${msg}`);
}

/**
 * Check the allocator's structure. With `pools` = 'all' every pool's free list is
 * walked; with a pool id only that pool's (the cheap per-operation check).
 */
export function checkInvariants(m: Obmalloc, pools: 'all' | number = 'all'): void {
  checkArenas(m);
  checkUsedpools(m);
  if (pools === 'all') {
    for (let a = 0; a < m.maxarenas; a++) {
      if (m.aAddress[a] === 0) continue;
      const first = m.nb + a * m.maxPools;
      for (let g = first; g < first + m.aCarved[a]; g++) checkPool(m, g);
    }
  } else if (pools >= m.nb) {
    checkPool(m, pools);
  }
  checkCounters(m);
}

function checkArenas(m: Obmalloc): void {
  const global = m.config.poolCache === 'global';
  // unused_arena_objects: exactly the descriptors with address 0.
  const unused = new Set<number>();
  for (let a = m.unusedArenaObjects; a !== NULL; a = m.aNextarena[a]) {
    if (unused.has(a)) fail('unused_arena_objects has a cycle');
    if (m.aAddress[a] !== 0) fail(`unused arena object ${a} still has an address`);
    unused.add(a);
  }
  let live = 0;
  let whollyFree = 0;
  for (let a = 0; a < m.maxarenas; a++) {
    if (m.aAddress[a] === 0) {
      if (!unused.has(a)) fail(`arena object ${a} has no address but is not on unused_arena_objects`);
      continue;
    }
    live++;
    const excess = m.aAddress[a] % m.config.poolSize;
    const total = excess === 0 ? m.maxPools : m.maxPools - 1;
    if (m.aNtotalpools[a] !== total) fail(`arena ${a}: ntotalpools ${m.aNtotalpools[a]} != ${total}`);
    if (m.aCarved[a] > m.aNtotalpools[a]) fail(`arena ${a}: pool_address beyond the arena`);
    // nfreepools = empty pools on its list + pools never carved.
    let onList = 0;
    if (!global) {
      for (let g = m.aFreepools[a]; g !== NULL; g = m.pNextpool[g]) {
        if (m.pRef[g] !== 0) fail(`arena ${a}: pool ${g} on freepools has count ${m.pRef[g]}`);
        if (Math.floor((g - m.nb) / m.maxPools) !== a) fail(`arena ${a}: freepools holds another arena's pool`);
        if (++onList > m.maxPools) fail(`arena ${a}: freepools has a cycle`);
      }
    } else if (m.aFreepools[a] !== NULL) {
      fail('Python 2.4 kept no per-arena freepools');
    }
    let empty = 0;
    const first = m.nb + a * m.maxPools;
    for (let g = first; g < first + m.aCarved[a]; g++) if (m.pRef[g] === 0) empty++;
    if (!global && onList !== empty) fail(`arena ${a}: ${empty} empty pools but ${onList} on freepools`);
    const expectFree = empty + m.aNtotalpools[a] - m.aCarved[a];
    if (m.aNfreepools[a] !== expectFree) fail(`arena ${a}: nfreepools ${m.aNfreepools[a]} != ${expectFree}`);
    if (m.aNfreepools[a] === m.aNtotalpools[a]) whollyFree++;
    if (m.aPoolBase[a] - m.aAddress[a] !== (excess === 0 ? 0 : m.config.poolSize - excess)) {
      fail(`arena ${a}: first pool not at the first pool-aligned address`);
    }
  }
  if (live !== m.narenasCurrentlyAllocated) fail(`narenas_currently_allocated ${m.narenasCurrentlyAllocated} != ${live} live arenas`);
  if (m.narenasHighwater < live || m.ntimesArenaAllocated < m.narenasHighwater) fail('arena counters out of order');

  if (global) {
    let n = 0;
    for (let g = m.globalFreepools; g !== NULL; g = m.pNextpool[g]) {
      if (m.pRef[g] !== 0) fail(`global freepools holds pool ${g} in use`);
      if (++n > m.maxarenas * m.maxPools) fail('global freepools has a cycle');
    }
    return;
  }

  // usable_arenas: doubly linked, sorted by nfreepools ascending, all with free pools.
  const inList = new Set<number>();
  let prev = NULL;
  for (let a = m.usableArenas; a !== NULL; a = m.aNextarena[a]) {
    if (inList.has(a)) fail('usable_arenas has a cycle');
    inList.add(a);
    if (m.aAddress[a] === 0) fail(`usable arena ${a} has no address`);
    if (m.aPrevarena[a] !== prev) fail(`usable arena ${a}: prevarena is ${m.aPrevarena[a]}, expected ${prev}`);
    if (m.aNfreepools[a] <= 0) fail(`usable arena ${a} has no free pool`);
    if (prev !== NULL && m.aNfreepools[prev] > m.aNfreepools[a]) fail('usable_arenas is not sorted by nfreepools');
    prev = a;
  }
  for (let a = 0; a < m.maxarenas; a++) {
    if (m.aAddress[a] !== 0 && m.aNfreepools[a] > 0 && !inList.has(a)) fail(`arena ${a} has free pools but is not usable`);
  }
  // nfp2lasta[nf]: the rightmost usable arena with nf free pools.
  const rightmost = new Map<number, number>();
  for (let a = m.usableArenas; a !== NULL; a = m.aNextarena[a]) rightmost.set(m.aNfreepools[a], a);
  for (let nf = 0; nf <= m.maxPools; nf++) {
    const want = rightmost.get(nf) ?? NULL;
    if (m.nfp2lasta[nf] !== want) fail(`nfp2lasta[${nf}] is ${m.nfp2lasta[nf]}, expected ${want}`);
  }
  // Wholly free arenas: none survive in 3.8; 3.9+ keep at most one, at the tail.
  if (m.config.arenaRelease === 'always' && whollyFree > 0) fail('a wholly free arena was not released');
  if (m.config.arenaRelease === 'keep-one' && whollyFree > 1) fail(`${whollyFree} wholly free arenas kept`);
}

function checkUsedpools(m: Obmalloc): void {
  const seen = new Set<number>();
  for (let sz = 0; sz < m.nb; sz++) {
    let prev = sz;
    for (let g = m.pNextpool[sz]; g !== sz; g = m.pNextpool[g]) {
      if (g < m.nb) fail(`usedpools[${sz}] runs into another class's header`);
      if (seen.has(g)) fail(`pool ${g} is on usedpools twice`);
      seen.add(g);
      if (m.pPrevpool[g] !== prev) fail(`pool ${g}: prevpool broken`);
      if (m.pSzidx[g] !== sz) fail(`pool ${g} of class ${m.pSzidx[g]} on usedpools[${sz}]`);
      if (m.pRef[g] <= 0 || m.pFreeTop[g] === 0) fail(`pool ${g} on usedpools is empty or full`);
      prev = g;
    }
    if (m.pPrevpool[sz] !== prev) fail(`usedpools[${sz}]: header prevpool broken`);
  }
  // Every used (not full, not empty) pool is on its class's list.
  for (let a = 0; a < m.maxarenas; a++) {
    if (m.aAddress[a] === 0) continue;
    const first = m.nb + a * m.maxPools;
    for (let g = first; g < first + m.aCarved[a]; g++) {
      const used = m.pRef[g] > 0 && m.pFreeTop[g] > 0;
      if (used !== seen.has(g)) fail(`pool ${g} (count ${m.pRef[g]}) ${used ? 'missing from' : 'wrongly on'} usedpools`);
    }
  }
}

/** One pool: count + free list + never-used blocks = NUMBLOCKS, and the free list is sound. */
function checkPool(m: Obmalloc, g: number): void {
  const sz = m.pSzidx[g];
  if (sz === DUMMY_SIZE_IDX) {
    if (m.pRef[g] !== 0) fail(`uninitialised pool ${g} has blocks in use`);
    return;
  }
  const bs = m.k.blockSize[sz];
  const n = m.k.numBlocks[sz];
  const ov = m.config.poolOverhead;
  if (m.pMaxnextoffset[g] !== m.config.poolSize - bs) fail(`pool ${g}: maxnextoffset`);
  const carved = Math.min(n, (m.pNextoffset[g] - ov) / bs);
  if (carved !== Math.floor(carved)) fail(`pool ${g}: nextoffset not on a block boundary`);
  const virgin = m.pNextoffset[g] <= m.pMaxnextoffset[g] ? Math.floor((m.pMaxnextoffset[g] - m.pNextoffset[g]) / bs) + 1 : 0;
  const base = g * m.stride;
  const onList = new Set<number>();
  for (let t = 0; t < m.pFreeTop[g]; t++) {
    const bi = m.pFreeStack[base + t];
    if (bi < 0 || bi >= carved) fail(`pool ${g}: free block ${bi} outside the carved blocks`);
    if (onList.has(bi)) fail(`pool ${g}: block ${bi} twice on the free list`);
    if (m.pUsed[base + bi] !== 0) fail(`pool ${g}: block ${bi} is both free and in use`);
    onList.add(bi);
  }
  let used = 0;
  for (let i = 0; i < m.stride; i++) if (m.pUsed[base + i] === 1) used++;
  if (used !== m.pRef[g]) fail(`pool ${g}: ref.count ${m.pRef[g]} but ${used} blocks in use`);
  if (m.pRef[g] + onList.size + virgin !== n) {
    fail(`pool ${g}: ${m.pRef[g]} used + ${onList.size} free + ${virgin} never used != NUMBLOCKS ${n}`);
  }
  if (m.pFreeTop[g] === 0 && virgin !== 0) fail(`pool ${g}: empty free list while virgin blocks remain`);
}

function checkCounters(m: Obmalloc): void {
  const walked = m.walkAllocatedBlocks();
  if (walked !== m.allocatedBlocks) fail(`allocated blocks: walk ${walked} != counter ${m.allocatedBlocks}`);
  const a = incrementalStats(m);
  const b = walkStats(m);
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  if (sa !== sb) fail(`incremental stats differ from the walk:\n${sa}\n${sb}`);
}
