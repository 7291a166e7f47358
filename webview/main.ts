// The heap explorer page: renders the model (webview/model.ts) into the DOM and two
// canvases, and turns clicks, keys, the scrubber and host messages into model steps.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import type { HostToPage, PageToHost, PersistedState, Tab } from '../src/protocol/panel';
import type { Version } from '../src/protocol/messages';
import { makePalette, Palette, themeKindOf, ThemeColors } from './colors';
import { paint } from './canvas';
import { drawMap } from './draw';
import { arenaBox, hitMap, layoutMap, MapLayout, maxPoolsOf, poolRect } from './layout';
import { heldBlocks, heldPools, initialModel, onHostMessage, onKey, openAt, openPos, PageModel, persisted, revealLine, seek, setSpeed, setTab, SPEEDS, Step, stepBy, tick, togglePlay } from './model';
import { blockAddress, drawPool, hitBlock, layoutPool, PoolLayout } from './poolview';
import { byId, SKELETON } from './markup';
import { describePos, onReveal, renderLegend, renderPool, renderStats, renderSummary } from './render';

interface VsCodeApi {
  postMessage(msg: PageToHost): void;
  getState(): PersistedState | undefined;
  setState(s: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
document.body.innerHTML = SKELETON;

const mapWrap = byId('map-wrap');
const mapCanvas = byId<HTMLCanvasElement>('map');
const spacer = byId('map-spacer');
const blocksCanvas = byId<HTMLCanvasElement>('blocks');
const scrub = byId<HTMLInputElement>('scrub');
const tip = byId('tip');
const TABS: Tab[] = ['pool', 'classes', 'summary'];

let model: PageModel = initialModel(api.getState() ?? null);
let palette: Palette = readPalette(32);
let mapLayout: MapLayout | null = null;
let poolLayout: PoolLayout | null = null;
let selectedBlock: number | null = null;
let playTimer: ReturnType<typeof setInterval> | null = null;
let frameRequested = false;
let pendingScroll: number | null = model.scrollTop > 0 ? model.scrollTop : null;
onReveal(post);

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function readPalette(nb: number): Palette {
  const theme: ThemeColors = {
    background: cssVar('--vscode-editor-background', '#1e1e1e'),
    foreground: cssVar('--vscode-editor-foreground', '#cccccc'),
    muted: cssVar('--vscode-descriptionForeground', '#999999'),
    border: cssVar('--vscode-panel-border', '#555555'),
    focus: cssVar('--vscode-focusBorder', '#0078d4'),
    highlight: cssVar('--vscode-editorWarning-foreground', '#cca700'),
  };
  return makePalette(themeKindOf(document.body.className), theme, nb);
}

function post(msgs: readonly PageToHost[]): void {
  for (const m of msgs) api.postMessage(m);
}

function apply(step: Step): void {
  model = step.model;
  post(step.post);
  api.setState(persisted(model));
  syncPlayTimer();
  requestRender();
}

function syncPlayTimer(): void {
  if (model.playing && playTimer === null) playTimer = setInterval(() => apply(tick(model)), 50);
  if (!model.playing && playTimer !== null) {
    clearInterval(playTimer);
    playTimer = null;
  }
}

function requestRender(): void {
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    render();
  });
}

// ---- rendering ----

let lastControls = '';
function renderControls(): void {
  const run = model.run;
  byId('file').textContent = run ? `${run.fileName} · CPython ${run.version}` : 'No analysis yet';
  const msg = byId('message');
  const text = model.message ?? run?.outcome ?? null;
  msg.hidden = text === null;
  msg.textContent = text ?? '';
  const key = run ? `${run.runId}/${run.setting}/${model.speed}` : '';
  if (run && key !== lastControls) {
    lastControls = key;
    fillSelect('version', run.versions.map((v) => [v, v === 'auto' ? `auto (${run.version})` : v]), run.setting);
    fillSelect('speed', SPEEDS.map((s) => [String(s), `${s.toLocaleString()} / step`]), String(model.speed));
  }
  scrub.max = String(run?.eventCount ?? 0);
  if (document.activeElement !== scrub) scrub.value = String(model.eventIndex);
  const s = model.snapshot;
  byId('pos').textContent = run
    ? `event ${model.eventIndex.toLocaleString()} / ${run.eventCount.toLocaleString()}${s && s.eventIndex === model.eventIndex && s.line > 0 ? ` · line ${s.line}` : ''}`
    : '';
  byId('play').textContent = model.playing ? '❚❚ Pause' : '▶ Play';
  const tabs = byId('tabs') as HTMLElement & { selectedIndex: number };
  const idx = TABS.indexOf(model.tab);
  if (tabs.selectedIndex !== idx) tabs.selectedIndex = idx;
}

function fillSelect(id: string, options: ReadonlyArray<readonly [string, string]>, value: string): void {
  const sel = byId(id) as HTMLElement & { value: string };
  sel.replaceChildren(
    ...options.map(([v, label]) => {
      const o = document.createElement('vscode-option');
      o.setAttribute('value', v);
      o.textContent = label;
      if (v === value) o.setAttribute('selected', '');
      return o;
    }),
  );
  sel.value = value;
}

function sizeCanvas(c: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D {
  const dpr = window.devicePixelRatio || 1;
  if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
    c.width = Math.round(w * dpr);
    c.height = Math.round(h * dpr);
    c.style.width = `${w}px`;
    c.style.height = `${h}px`;
  }
  const ctx = c.getContext('2d');
  if (ctx === null) throw new Error('no 2d canvas');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

const fonts = (): { label: string; small: string } => {
  const family = cssVar('--vscode-font-family', 'sans-serif');
  return { label: `11px ${family}`, small: `10px ${family}` };
};

function renderMap(): void {
  const s = model.snapshot;
  const w = mapWrap.clientWidth;
  const h = mapWrap.clientHeight;
  if (w === 0 || h === 0) return;
  const nb = model.stats?.blockSize.length ?? palette.nb;
  if (nb !== palette.nb) palette = readPalette(nb);
  mapLayout = s ? layoutMap(s.arenas.length, maxPoolsOf(s), w) : null;
  spacer.style.height = `${Math.max(0, (mapLayout?.height ?? 0) - h)}px`;
  const ctx = sizeCanvas(mapCanvas, w, h);
  if (s === null || mapLayout === null) {
    ctx.clearRect(0, 0, w, h);
    return;
  }
  const held = heldPools(s, model.lineBlocks);
  const list = drawMap(mapLayout, s, palette, mapWrap.scrollTop, h, {
    focus: model.focus,
    open: openPos(model),
    lineHeld: new Set(held.keys()),
  });
  paint(ctx, list, fonts(), w, h);
  // A restored scroll position can only be applied once the map is tall again.
  if (pendingScroll !== null && mapLayout.height > h) {
    mapWrap.scrollTop = pendingScroll;
    pendingScroll = null;
  }
}

function renderBlocks(): void {
  const d = model.pool;
  const wrap = blocksCanvas.parentElement as HTMLElement;
  if (d === null) {
    blocksCanvas.hidden = true;
    poolLayout = null;
    return;
  }
  blocksCanvas.hidden = false;
  poolLayout = layoutPool(d.blocks.length, Math.max(100, wrap.clientWidth - 4));
  const ctx = sizeCanvas(blocksCanvas, poolLayout.width, poolLayout.height);
  paint(ctx, drawPool(poolLayout, d, palette, heldBlocks(model.lineBlocks, model.openPool), selectedBlock), fonts(), poolLayout.width, poolLayout.height);
}

function renderStatus(): void {
  const s = model.snapshot;
  const parts: string[] = [];
  if (s && mapLayout) parts.push(describePos(s, model.focus, model.stats));
  const lb = model.lineBlocks;
  if (lb) {
    const pools = heldPools(s, lb).size;
    parts.push(`line ${lb.line} holds ${lb.blocks.length} block${lb.blocks.length === 1 ? '' : 's'} in ${pools} pool${pools === 1 ? '' : 's'}${lb.rawBlocks ? ` (+${lb.rawBlocks} outside pymalloc)` : ''}`);
  }
  byId('status').textContent = parts.join(' · ');
}

function render(): void {
  renderControls();
  renderMap();
  renderStatus();
  renderLegend(byId('legend'), model.snapshot, model.stats, palette);
  renderPool(model, palette);
  renderBlocks();
  renderStats(model);
  renderSummary(model, (ref) => {
    const s = model.snapshot;
    if (s === null) return;
    const arena = s.arenas.findIndex((a) => a.live && a.index === ref.arenaIndex);
    if (arena >= 0) apply(openAt(model, { arena, pool: ref.poolInArena }));
  });
}

/** Keep the focused pool in view as the keys move it. */
function scrollToFocus(): void {
  if (mapLayout === null) return;
  const r = model.focus.pool < 0 ? arenaBox(mapLayout, model.focus.arena) : poolRect(mapLayout, model.focus.arena, model.focus.pool);
  const top = mapWrap.scrollTop;
  const h = mapWrap.clientHeight;
  if (r.y < top) mapWrap.scrollTop = r.y - mapLayout.pad;
  else if (r.y + r.h > top + h) mapWrap.scrollTop = r.y + r.h - h + mapLayout.pad;
}

// ---- events ----

window.addEventListener('message', (e: MessageEvent<HostToPage>) => apply(onHostMessage(model, e.data)));

byId('back').addEventListener('click', () => apply(stepBy(model, -1)));
byId('fwd').addEventListener('click', () => apply(stepBy(model, 1)));
byId('play').addEventListener('click', () => apply(togglePlay(model)));
scrub.addEventListener('input', () => apply(seek({ ...model, playing: false }, Number(scrub.value))));
byId('version').addEventListener('change', (e) => {
  const v = (e.target as HTMLElement & { value: string }).value as Version | 'auto';
  if (model.run && v !== model.run.setting) post([{ type: 'chooseVersion', version: v }]);
});
byId('speed').addEventListener('change', (e) => apply(setSpeed(model, Number((e.target as HTMLElement & { value: string }).value))));
byId('tabs').addEventListener('vsc-tabs-select', (e) => {
  const i = (e as CustomEvent<{ selectedIndex: number }>).detail.selectedIndex;
  if (TABS[i] !== undefined && TABS[i] !== model.tab) apply(setTab(model, TABS[i]));
});

mapWrap.addEventListener('scroll', () => {
  model = { ...model, scrollTop: mapWrap.scrollTop };
  api.setState(persisted(model));
  requestRender();
});
mapWrap.addEventListener('click', (e) => {
  const s = model.snapshot;
  if (s === null || mapLayout === null) return;
  const r = mapCanvas.getBoundingClientRect();
  const hit = hitMap(mapLayout, s, e.clientX - r.left, e.clientY - r.top + mapWrap.scrollTop);
  if (hit !== null) apply(openAt(model, hit));
});
mapWrap.addEventListener('mousemove', (e) => {
  const s = model.snapshot;
  const r = mapCanvas.getBoundingClientRect();
  const hit = s && mapLayout ? hitMap(mapLayout, s, e.clientX - r.left, e.clientY - r.top + mapWrap.scrollTop) : null;
  showTip(hit && s ? describePos(s, hit, model.stats) : null, e);
});
mapWrap.addEventListener('mouseleave', () => showTip(null));

document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  // Buttons, selects and the slider keep their own keys; the map and the page body get ours.
  if (t !== mapWrap && t !== document.body && t !== blocksCanvas) return;
  const step = onKey(model, mapLayout, e.key);
  if (!step.handled) return;
  e.preventDefault();
  apply(step);
  scrollToFocus();
});

blocksCanvas.addEventListener('click', (e) => {
  const d = model.pool;
  if (d === null || poolLayout === null) return;
  const r = blocksCanvas.getBoundingClientRect();
  const i = hitBlock(poolLayout, e.clientX - r.left, e.clientY - r.top);
  if (i === null) return;
  selectedBlock = i;
  post(revealLine(d.blocks[i].line));
  requestRender();
});
blocksCanvas.addEventListener('mousemove', (e) => {
  const d = model.pool;
  if (d === null || poolLayout === null) return;
  const r = blocksCanvas.getBoundingClientRect();
  const i = hitBlock(poolLayout, e.clientX - r.left, e.clientY - r.top);
  if (i === null) return showTip(null);
  const b = d.blocks[i];
  const addr = model.stats ? ` at 0x${blockAddress(d, model.stats.poolOverhead, i).toString(16)}` : '';
  showTip(`block ${i}${addr}: ${b.state === 'used' ? `${b.type ?? '?'}, allocated by line ${b.line ?? '?'}` : b.state === 'free' ? 'free (on the freeblock list)' : 'never used (past nextoffset)'}`, e);
});
blocksCanvas.addEventListener('mouseleave', () => showTip(null));

function showTip(text: string | null, e?: MouseEvent): void {
  tip.hidden = text === null;
  if (text === null || e === undefined) return;
  tip.textContent = text;
  tip.style.left = `${Math.min(e.clientX + 12, window.innerWidth - 260)}px`;
  tip.style.top = `${e.clientY + 14}px`;
}

new ResizeObserver(requestRender).observe(mapWrap);
// VS Code swaps the body's theme class when the colour theme changes.
new MutationObserver(() => {
  palette = readPalette(palette.nb);
  requestRender();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

api.postMessage({ type: 'ready', uri: model.restore?.uri ?? null });
requestRender();
