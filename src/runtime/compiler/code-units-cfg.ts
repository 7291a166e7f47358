// The control-flow passes of CPython 3.11+'s compiler that change how many code units a code
// object has (Python/compile.c optimize_cfg, 3.12+ flowgraph.c), over the instructions
// code-units.ts rebuilds, and the layout that counts them with caches and EXTENDED_ARGs.

/** One CPython instruction: its name, argument, line (-1: none) and, for a jump, the model instruction it goes to. */
export interface Ins {
  op: string;
  arg: number;
  line: number;
  /** Model instruction index a jump goes to (resolved to an Ins index later). */
  to?: number;
  /** Ins index a jump goes to. */
  target?: number;
  /** Where an exception handler starts (an exception-table target). */
  handler?: boolean;
  /** Starts a basic block of its own (a jump target, a copied block): CPython's blocks stay apart once jumps to them go. */
  seam?: boolean;
  /** A STORE_FAST's variable (apply_static_swaps does not reorder two stores to one). */
  slot?: string;
  /** A LOAD_CONST of None. */
  none?: boolean;
  /** 3.13: a jump that checks for interrupts (a loop's), JUMP_BACKWARD with a cache when it goes back. */
  loop?: boolean;
}

/** _PyOpcode_Caches per version (Include/internal/pycore_opcode.h; 3.13 pycore_opcode_metadata.h). */
export const CACHES: Record<number, Record<string, number>> = {
  11: { BINARY_SUBSCR: 4, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, STORE_ATTR: 4, LOAD_ATTR: 4, COMPARE_OP: 2, LOAD_GLOBAL: 5, BINARY_OP: 1, LOAD_METHOD: 10, PRECALL: 1, CALL: 4 },
  12: { BINARY_SUBSCR: 1, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, FOR_ITER: 1, STORE_ATTR: 4, LOAD_ATTR: 9, COMPARE_OP: 1, LOAD_GLOBAL: 4, BINARY_OP: 1, SEND: 1, LOAD_SUPER_ATTR: 1, CALL: 3 },
  13: {
    LOAD_GLOBAL: 4, BINARY_OP: 1, UNPACK_SEQUENCE: 1, COMPARE_OP: 1, CONTAINS_OP: 1, BINARY_SUBSCR: 1, FOR_ITER: 1, LOAD_SUPER_ATTR: 1, LOAD_ATTR: 9, STORE_ATTR: 4,
    CALL: 3, STORE_SUBSCR: 1, SEND: 1, JUMP_BACKWARD: 1, TO_BOOL: 3, POP_JUMP_IF_TRUE: 1, POP_JUMP_IF_FALSE: 1, POP_JUMP_IF_NONE: 1, POP_JUMP_IF_NOT_NONE: 1,
  },
};

const EXITS = new Set(['RETURN_VALUE', 'RETURN_CONST', 'RAISE_VARARGS', 'RERAISE']);
const UNCONDITIONAL = new Set(['JUMP', 'JUMP_NO_INTERRUPT', 'FALL_THROUGH']);
const CONDITIONAL = new Set(['POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE']);

/** The CFG passes that change how many instructions there are (Python/compile.c optimize_cfg; 3.12+ flowgraph.c). */
export function optimize(ins: Ins[], minor: number): Ins[] {
  let cur = inlineExits(ins, minor);
  if (minor >= 13) cur = propagateLines(cur);
  cur = peephole(cur, minor);
  if (minor >= 12) cur = peephole(coldToEnd(cur), minor);
  if (minor >= 12) {
    // normalize_jumps: a conditional jump backward is the opposite one over a JUMP_BACKWARD.
    const out: Ins[] = [];
    const map: number[] = [];
    const inverted = new Set<number>();
    cur.forEach((x, i) => {
      map.push(out.length);
      out.push({ ...x });
      if (CONDITIONAL.has(x.op) && x.target !== undefined && x.target <= i) {
        out.push({ op: 'JUMP', arg: 0, line: x.line, target: x.target, loop: true });
        inverted.add(out.length - 2);
      }
    });
    map.push(out.length);
    out.forEach((x, j) => {
      // The inverted jump goes past the JUMP_BACKWARD.
      if (inverted.has(j)) x.target = -1000 - (j + 2);
      else if (x.target !== undefined && x.target >= 0) x.target = map[x.target];
    });
    for (const x of out) if (x.target !== undefined && x.target <= -1000) x.target = -1000 - x.target;
    cur = out;
  }
  return cur;
}

/**
 * 3.13 resolve_line_numbers runs before the peephole passes (3.11/3.12 after): an instruction
 * of no line takes the one before it in its block; a block's first, its sole predecessor's.
 */
function propagateLines(ins: Ins[]): Ins[] {
  const { starts } = blockStarts(ins);
  const jumpsTo = new Map<number, number[]>();
  ins.forEach((x, i) => {
    if (x.target !== undefined && x.target >= 0) jumpsTo.set(x.target, [...(jumpsTo.get(x.target) ?? []), i]);
  });
  const out = ins.map((x) => ({ ...x }));
  out.forEach((x, i) => {
    if (x.line >= 0 || x.handler) return;
    if (!starts.has(i)) {
      if (i > 0) x.line = out[i - 1].line;
      return;
    }
    const from = jumpsTo.get(i) ?? [];
    const prev = out[i - 1];
    const falls = prev !== undefined && !ends(prev);
    if (from.length === 0 && falls) x.line = prev.line;
    else if (from.length === 1 && !falls) x.line = out[from[0]].line;
  });
  return out;
}

/** Jump targets, and where each block starts (a target, a handler, or after a jump or exit). */
function blockStarts(ins: Ins[]): { targets: Set<number>; starts: Set<number> } {
  const targets = new Set<number>();
  const starts = new Set<number>([0]);
  ins.forEach((x, i) => {
    if (x.target !== undefined && x.target >= 0) targets.add(x.target), starts.add(x.target);
    if (x.handler || x.seam) starts.add(i);
    if (x.target !== undefined || EXITS.has(x.op) || UNCONDITIONAL.has(x.op)) starts.add(i + 1);
  });
  return { targets, starts };
}

const ends = (x: Ins): boolean => EXITS.has(x.op) || UNCONDITIONAL.has(x.op);

/**
 * Per pass: unreachable blocks go (eliminate_unreachable... mark_reachable), jumps to the next
 * instruction go, LOAD_CONST + RETURN_VALUE is RETURN_CONST (3.12+), pairs of fast-local
 * loads and stores are one instruction (3.13), TO_BOOL after a bool goes (3.13), and a NOP on
 * the line before or after it goes (remove_redundant_nops).
 */
function peephole(ins: Ins[], minor: number): Ins[] {
  let cur = ins;
  for (let pass = 0; pass < 8; pass++) {
    const keep: boolean[] = cur.map(() => true);
    const { starts } = blockStarts(cur);
    // Reachable: from the entry or a handler, by falling through or jumping.
    const live = new Set<number>();
    const work = [0, ...cur.map((x, i) => (x.handler ? i : -1)).filter((i) => i >= 0)];
    while (work.length > 0) {
      let i = work.pop()!;
      if (live.has(i) || i >= cur.length) continue;
      for (; i < cur.length; i++) {
        live.add(i);
        const x = cur[i];
        if (x.target !== undefined && x.target >= 0) work.push(x.target);
        if (ends(x) || (starts.has(i + 1) && live.has(i + 1))) break;
      }
    }
    cur.forEach((_, i) => {
      if (!live.has(i)) keep[i] = false;
    });
    cur.forEach((x: Ins, i) => {
      if (!keep[i]) return;
      // jump_thread: a jump to an unconditional jump goes where that one goes (on one line; 3.12+ or to one of no line).
      const to = x.target !== undefined && x.target >= 0 ? cur[x.target] : undefined;
      if (to !== undefined && UNCONDITIONAL.has(to.op) && to.target !== undefined && to.target >= 0 && to.target !== x.target && (UNCONDITIONAL.has(x.op) || CONDITIONAL.has(x.op)) && (x.line === to.line || (to.line < 0 && minor >= 12))) {
        cur[i] = x = { ...x, target: to.target, loop: x.loop || to.loop, op: to.op === 'JUMP' && x.op === 'JUMP_NO_INTERRUPT' ? 'JUMP' : x.op };
      }
      if (UNCONDITIONAL.has(x.op) && x.target !== undefined) {
        // A jump to the next instruction (NOPs between) is dropped.
        let j = i + 1;
        while (j < cur.length && j < x.target && (!keep[j] || cur[j].op === 'NOP')) j++;
        if (x.target === j) keep[i] = false;
      }
      // optimize_basic_block: LOAD_CONST None, IS_OP, (3.13 TO_BOOL,) a conditional jump is POP_JUMP_IF_(NOT_)NONE.
      if (x.none && cur[i + 1]?.op === 'IS_OP' && !starts.has(i + 1) && !starts.has(i + 2)) {
        const j = cur[i + 2]?.op === 'TO_BOOL' && !starts.has(i + 3) ? i + 3 : i + 2;
        if (CONDITIONAL.has(cur[j]?.op ?? '')) {
          keep[i] = keep[i + 1] = keep[j - 1] = false;
          keep[j] = true;
          cur[j] = { ...cur[j], op: 'POP_JUMP_IF_NONE' };
          return;
        }
      }
      // 3.12+ optimize_basic_block: LOAD_CONST + RETURN_VALUE is RETURN_CONST.
      if (minor >= 12 && x.op === 'LOAD_CONST' && cur[i + 1]?.op === 'RETURN_VALUE' && !starts.has(i + 1)) {
        keep[i] = false;
        cur[i + 1] = { ...cur[i + 1], op: 'RETURN_CONST' };
      }
      // apply_static_swaps: SWAP n before n stores or POP_TOPs on one line reorders them instead.
      if (x.op === 'SWAP' && x.arg >= 2 && staticSwap(cur, i, x.arg, starts)) keep[i] = false;
      // 3.13 optimize_basic_block: what a comparison, `is`, `in` or `not` leaves is a bool already.
      if (minor >= 13 && x.op === 'TO_BOOL' && i > 0 && !starts.has(i) && BOOLS.has(cur[i - 1].op) && keep[i - 1]) keep[i] = false;
      // 3.13 insert_superinstructions: two fast-local loads or stores in a block, on one line, with small indices.
      if (minor >= 13 && keep[i] && (x.op === 'LOAD_FAST' || x.op === 'STORE_FAST') && !starts.has(i + 1)) {
        const y = cur[i + 1];
        const pair = y !== undefined && (y.op === 'LOAD_FAST' || (x.op === 'STORE_FAST' && y.op === 'STORE_FAST'));
        if (pair && !(x.line >= 0 && y.line >= 0 && x.line !== y.line) && x.arg < 16 && y.arg < 16) {
          cur[i] = { ...x, op: `${x.op}_${y.op}` };
          keep[i + 1] = false;
        }
      }
    });
    let prevLine = -2;
    cur.forEach((x, i) => {
      if (!keep[i]) return;
      if (starts.has(i)) prevLine = -2;
      if (x.op === 'NOP') {
        let j = i + 1;
        while (j < cur.length && (!keep[j] || cur[j].op === 'NOP')) j++;
        const next = cur[j];
        if (x.line < 0 || x.line === prevLine || (next !== undefined && (next.line === x.line || next.line < 0))) {
          keep[i] = false;
          return;
        }
      }
      prevLine = x.line;
    });
    if (keep.every((b) => b)) break;
    cur = compact(cur, keep);
  }
  return cur;
}

const SWAPPABLE = new Set(['STORE_FAST', 'STORE_FAST_MAYBE_NULL', 'POP_TOP']);

/** Whether the SWAP at i can be applied to the instructions after it (flowgraph.c apply_static_swaps, next_swappable_instruction). */
function staticSwap(ins: Ins[], i: number, n: number, starts: Set<number>): boolean {
  const next = (from: number, line: number | null): number => {
    for (let j = from + 1; j < ins.length && !starts.has(j); j++) {
      const y = ins[j];
      if (line !== null && line >= 0 && y.line !== line) return -1;
      if (y.op === 'NOP') continue;
      return SWAPPABLE.has(y.op) ? j : -1;
    }
    return -1;
  };
  const j = next(i, null);
  if (j < 0) return false;
  let k = j;
  for (let c = n - 1; c > 0; c--) if ((k = next(k, ins[j].line)) < 0) return false;
  const slot = (y: Ins): string | null => (y.op.startsWith('STORE_FAST') ? (y.slot ?? String(y.arg)) : null);
  const sj = slot(ins[j]);
  const sk = slot(ins[k]);
  if (sj !== null || sk !== null) {
    if (sj === sk) return false;
    for (let m = j + 1; m < k; m++) if (slot(ins[m]) !== null && (slot(ins[m]) === sj || slot(ins[m]) === sk)) return false;
  }
  // The two change places: a pair of stores may now fuse (3.13 STORE_FAST_STORE_FAST) as before.
  [ins[j], ins[k]] = [ins[k], ins[j]];
  return true;
}

const BOOLS = new Set(['COMPARE_OP', 'IS_OP', 'CONTAINS_OP', 'UNARY_NOT', 'TO_BOOL', 'CHECK_EXC_MATCH']);

/**
 * 3.12+ push_cold_blocks_to_end: blocks only an exception reaches go after the others, in
 * order; one that fell through into a warm block jumps there instead.
 */
function coldToEnd(ins: Ins[]): Ins[] {
  const { starts } = blockStarts(ins);
  const blocks: number[][] = [];
  ins.forEach((_, i) => {
    if (starts.has(i) || blocks.length === 0) blocks.push([]);
    blocks[blocks.length - 1].push(i);
  });
  const blockOf = new Map<number, number>();
  blocks.forEach((b, k) => b.forEach((i) => blockOf.set(i, k)));
  const warm = new Set<number>();
  const work = [0];
  while (work.length > 0) {
    const k = work.pop()!;
    if (warm.has(k) || k >= blocks.length) continue;
    warm.add(k);
    const last = ins[blocks[k][blocks[k].length - 1]];
    if (last.target !== undefined && last.target >= 0) work.push(blockOf.get(last.target)!);
    if (!ends(last)) work.push(k + 1);
  }
  const order = [...blocks.keys()].filter((k) => warm.has(k)).concat([...blocks.keys()].filter((k) => !warm.has(k)));
  const out: Ins[] = [];
  const map = new Map<number, number>();
  for (const k of order) {
    for (const i of blocks[k]) {
      map.set(i, out.length);
      out.push({ ...ins[i] });
    }
    const last = ins[blocks[k][blocks[k].length - 1]];
    if (!warm.has(k) && !ends(last) && warm.has(k + 1)) out.push({ op: 'JUMP_NO_INTERRUPT', arg: 0, line: -1, target: -100 - blocks[k + 1][0] });
  }
  map.set(ins.length, out.length);
  for (const x of out) {
    if (x.target === undefined) continue;
    if (x.target <= -100) x.target = map.get(-100 - x.target)!;
    else if (x.target >= 0) x.target = map.get(x.target)!;
  }
  return out;
}

/** The exit block starting at t (instructions up to a return or raise, no other jump into them), or null. */
function exitBlock(ins: Ins[], t: number, targets: Set<number>): Ins[] | null {
  for (let j = t; j < ins.length; j++) {
    if (j > t && targets.has(j)) return null;
    const x = ins[j];
    if (EXITS.has(x.op)) return ins.slice(t, j + 1);
    if (x.target !== undefined || UNCONDITIONAL.has(x.op)) return null;
  }
  return null;
}

/**
 * An unconditional jump to a small exit block (four instructions at most; 3.11 one without line
 * numbers) is a copy of it (extend_block, inline_small_exit_blocks); an exit block without line
 * numbers that more than one block reaches is copied for each jump to it (duplicate_exits_without_lineno).
 */
function inlineExits(ins: Ins[], minor: number): Ins[] {
  const targets = new Set<number>();
  for (const x of ins) if (x.target !== undefined && x.target >= 0) targets.add(x.target);
  const out: Ins[] = [];
  const extra = new Map<number, Ins[]>();
  const preds = new Map<number, number>();
  ins.forEach((x) => {
    if (x.target !== undefined && x.target >= 0) preds.set(x.target, (preds.get(x.target) ?? 0) + 1);
  });
  const noLine = (b: Ins[]): boolean => b.every((y) => y.line < 0);
  const map: number[] = [];
  ins.forEach((x, i) => {
    map.push(out.length);
    if (targets.has(i)) x = { ...x, seam: true };
    if (x.target !== undefined && x.target >= 0) {
      const b = exitBlock(ins, x.target, targets);
      if (b !== null && UNCONDITIONAL.has(x.op) && b.length <= 4 && (minor >= 12 || noLine(b))) {
        // The jump is a NOP on its line, then the block (extend_block, inline_small_exit_blocks).
        out.push({ op: 'NOP', arg: 0, line: x.line }, ...b.map((y, j) => ({ ...y, target: undefined, seam: j === 0 })));
        preds.set(x.target, preds.get(x.target)! - 1);
        return;
      }
      if (b !== null && noLine(b)) {
        const prev = ins[x.target - 1];
        const fall = prev !== undefined && !EXITS.has(prev.op) && !UNCONDITIONAL.has(prev.op);
        if (preds.get(x.target)! + (fall ? 1 : 0) > 1) {
          preds.set(x.target, preds.get(x.target)! - 1);
          extra.set(i, b);
        }
      }
    }
    out.push(x);
  });
  map.push(out.length);
  for (const x of out) if (x.target !== undefined && x.target >= 0) x.target = map[x.target];
  // Each copy goes after the code (where CPython puts it, after its jump's block, changes no count).
  for (const [i, b] of extra) {
    out[map[i]].target = out.length;
    out.push(...b.map((y) => ({ ...y, target: undefined })));
  }
  return out;
}

/** Drop instructions, moving jump targets onto the next instruction kept. */
function compact(ins: Ins[], keep: boolean[]): Ins[] {
  const map: number[] = [];
  let n = 0;
  for (let i = 0; i < ins.length; i++) {
    map.push(n);
    if (keep[i]) n++;
  }
  map.push(n);
  const out: Ins[] = [];
  let handler = false;
  ins.forEach((x, i) => {
    if (!keep[i]) return void (handler ||= x.handler === true);
    out.push({ ...x, target: x.target === undefined || x.target < 0 ? x.target : map[x.target] });
    if (handler) out[out.length - 1].handler = true;
    handler = false;
  });
  return out;
}

/** Code units: each instruction, its caches, and EXTENDED_ARGs for arguments past a byte (jumps by distance). */
export function layout(ins: Ins[], minor: number, sizes: number[] = []): number {
  const table = CACHES[minor] ?? CACHES[13];
  // 3.13: JUMP_BACKWARD has a cache, JUMP_FORWARD none.
  const caches = table;
  // 3.13: a loop's JUMP_BACKWARD has a cache; the compiler's other jumps (JUMP_NO_INTERRUPT) none.
  ins = ins.map((x, i) => (x.op === 'JUMP' && x.target !== undefined && x.target <= i && (x.loop || minor < 13) ? { ...x, op: 'JUMP_BACKWARD' } : x));
  const ext = (a: number): number => (a > 0xffffff ? 3 : a > 0xffff ? 2 : a > 0xff ? 1 : 0);
  const size = ins.map((x) => (x.op === 'FALL_THROUGH' ? 0 : 1 + (caches[x.op] ?? 0) + (x.target === undefined ? ext(x.arg) : 0)));
  for (let pass = 0; pass < 8; pass++) {
    const off: number[] = [];
    let o = 0;
    for (const s of size) off.push(o), (o += s);
    off.push(o);
    let changed = false;
    ins.forEach((x, i) => {
      if (x.target === undefined || x.target < 0 || x.op === 'FALL_THROUGH') return;
      const base = 1 + (caches[x.op] ?? 0);
      const end = off[i] + size[i];
      const dist = Math.abs(off[x.target] - end);
      const s = base + ext(dist);
      if (s !== size[i]) {
        size[i] = s;
        changed = true;
      }
    });
    if (!changed) break;
  }
  sizes.push(...size);
  return size.reduce((a, b) => a + b, 0);
}
