// The short text shown after a line, and the hover markdown, from a line's summary.
// Pure functions, so the wording is unit-tested without VS Code.
import type { BlockPlace, Binding, LineSummary, RunOutcome } from '../protocol/messages';

export function formatBytes(n: number): string {
  if (Math.abs(n) < 1024) return `${n} B`;
  if (Math.abs(n) < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1048576).toFixed(1)} MiB`;
}

function classes(s: LineSummary, max = 3): string {
  const parts = [...s.bySizeClass]
    .sort((a, b) => b.count - a.count || a.szidx - b.szidx)
    .map((c) => (c.szidx < 0 ? `raw×${c.count}` : `${c.blockSize}B×${c.count}`));
  if (parts.length > max) return `${parts.slice(0, max).join(' ')} …`;
  return parts.join(' ');
}

/** The after-line text, or null for a line that neither allocates nor binds anything. */
export function annotationText(s: LineSummary): string | null {
  const parts: string[] = [];
  if (s.allocs > 0 || s.frees > 0 || s.reused > 0) {
    let a = s.allocs > 0 ? `+${s.allocs} block${s.allocs === 1 ? '' : 's'} ${formatBytes(s.allocBytes)}` : '';
    if (s.allocs > 0) a += ` (${classes(s)})`;
    // Objects made from a free list reuse a block without asking the allocator.
    if (s.reused > 0) a += `${a ? ', ' : ''}${s.reused} reused ${formatBytes(s.reusedBytes)}`;
    if (s.frees > 0) a += `${a ? ', ' : ''}−${s.frees} freed`;
    parts.push(a);
  }
  for (const b of s.bindings.slice(0, 3)) parts.push(`${b.name}: ${b.type} rc=${b.refcnt}`);
  if (parts.length === 0) return null;
  const times = s.executions > 1 ? `×${s.executions} ` : '';
  return `${times}${parts.join(' · ')}`;
}

function place(p: BlockPlace): string {
  if (p.kind === 'raw') return `system allocator (${p.size} bytes requested; above the small-object threshold or empty)`;
  return (
    `block \`0x${p.address.toString(16)}\` · size class ${p.szidx} (${p.blockSize}-byte blocks) · ` +
    `pool \`0x${p.poolAddress.toString(16)}\` (${p.poolUsed}/${p.poolCapacity} blocks used) · ` +
    `arena ${p.arenaIndex} at \`0x${p.arenaAddress.toString(16)}\``
  );
}

/** Hover markdown for one bound name. */
export function bindingHover(b: Binding, line: number): string {
  const lines = [`**${b.name}**: \`${b.type}\``];
  lines.push(`reference count after line ${line}: **${b.refcnt}**`);
  if (b.sizeof !== null) lines.push(`\`sys.getsizeof\`: ${b.sizeof} bytes`);
  if (b.block) lines.push(place(b.block));
  else if (!b.alive) lines.push('freed before the script ended');
  else lines.push('statically allocated (never freed)');
  if (b.allocLine !== null) lines.push(`allocated by line ${b.allocLine}`);
  if (b.block?.kind === 'pool') {
    const arg = encodeURIComponent(JSON.stringify([{ arenaIndex: b.block.arenaIndex, poolInArena: b.block.poolInArena }]));
    lines.push(`[Show its pool in the heap explorer](command:arenaLens.openHeapExplorer?${arg})`);
  }
  return lines.join('  \n');
}

/** Hover markdown for a line: its allocations and frees. */
export function lineHover(s: LineSummary): string {
  const rows = [`**Line ${s.line}** ran ${s.executions} time${s.executions === 1 ? '' : 's'}`];
  rows.push(`allocated ${s.allocs} block${s.allocs === 1 ? '' : 's'} (${formatBytes(s.allocBytes)}), freed ${s.frees} (${formatBytes(s.freeBytes)})`);
  if (s.reused > 0 || s.parked > 0) {
    rows.push(`took ${s.reused} block${s.reused === 1 ? '' : 's'} (${formatBytes(s.reusedBytes)}) from free lists, put ${s.parked} on them (no allocator call either way)`);
  }
  if (s.reallocs > 0) rows.push(`resized ${s.reallocs} block${s.reallocs === 1 ? '' : 's'} (${s.reallocBytes < 0 ? '−' : '+'}${formatBytes(Math.abs(s.reallocBytes))})`);
  rows.push(`reference counts: +${s.increfs} / −${s.decrefs}`);
  rows.push(`still live at the end: ${s.liveBlocks} block${s.liveBlocks === 1 ? '' : 's'} (${formatBytes(s.liveBytes)})`);
  if (s.bySizeClass.length > 0) {
    rows.push(
      'by size class: ' +
        s.bySizeClass.map((c) => (c.szidx < 0 ? `system malloc ×${c.count}` : `class ${c.szidx} (${c.blockSize} B) ×${c.count}`)).join(', '),
    );
  }
  return rows.join('  \n');
}

/** A one-line description of how a run ended, for diagnostics. */
export function outcomeMessage(o: RunOutcome): string | null {
  switch (o.kind) {
    case 'ok':
      return null;
    case 'exception':
      return `Uncaught exception: ${o.message}`;
    case 'syntax':
      return `${o.type}: ${o.message}`;
    case 'stop':
      return o.reason === 'unsupported' ? `Not supported by the mini-runtime: ${o.message}` : `Stopped: ${o.message}`;
    case 'internal':
      return o.message;
  }
}
