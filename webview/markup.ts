// The page's static skeleton (no inline script or style: the CSP allows neither) and
// small DOM helpers the renderers share.

export const SKELETON = `
<header class="bar">
  <span id="file" class="file"></span>
  <span class="spacer"></span>
  <label for="version" class="muted">CPython</label>
  <vscode-single-select id="version" aria-label="CPython version"></vscode-single-select>
</header>
<section class="timeline" aria-label="Time">
  <vscode-button id="back" secondary title="Step back one event (,)">◀</vscode-button>
  <vscode-button id="play" title="Play or pause (Space)">▶ Play</vscode-button>
  <vscode-button id="fwd" secondary title="Step forward one event (.)">▶|</vscode-button>
  <input id="scrub" type="range" min="0" max="0" value="0" aria-label="Event">
  <span id="pos" class="pos"></span>
  <vscode-single-select id="speed" aria-label="Events per play step"></vscode-single-select>
</section>
<div id="message" class="message" hidden></div>
<div id="map-wrap" class="map-wrap" tabindex="0" role="application"
     aria-label="Arena map: arrow keys move between pools, Enter opens a pool, Space plays">
  <canvas id="map"></canvas>
  <div id="map-spacer"></div>
</div>
<div class="under-map">
  <span id="status" class="status" aria-live="polite"></span>
  <span id="legend" class="legend"></span>
</div>
<vscode-tabs id="tabs" panel>
  <vscode-tab-header slot="header">Pool</vscode-tab-header>
  <vscode-tab-panel>
    <div id="pool-empty" class="muted">Pick a pool on the map (click, or arrow keys and Enter).</div>
    <table id="pool-head" class="kv"></table>
    <div class="blocks-wrap"><canvas id="blocks" tabindex="0" aria-label="Blocks of the pool"></canvas></div>
    <div id="block-legend" class="legend"></div>
    <table id="owners" class="owners"></table>
  </vscode-tab-panel>
  <vscode-tab-header slot="header">Size classes</vscode-tab-header>
  <vscode-tab-panel>
    <div class="muted">sys._debugmallocstats(), pymalloc part, at <span id="stats-at"></span></div>
    <pre id="stats" class="stats"></pre>
  </vscode-tab-panel>
  <vscode-tab-header slot="header">Summary</vscode-tab-header>
  <vscode-tab-panel>
    <div id="summary"></div>
    <h3>Pools pinned by a few blocks</h3>
    <div class="muted">Pools that stay in use (and arenas that stay allocated) only because of the blocks listed.</div>
    <ul id="pins" class="pins"></ul>
  </vscode-tab-panel>
</vscode-tabs>
<div id="tip" class="tip" role="tooltip" hidden></div>
`;

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`missing #${id}`);
  return e as T;
}

/** An element with text content (never innerHTML for data: type names come from the user's script). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls !== undefined) e.className = cls;
  return e;
}

export function kvRows(table: HTMLElement, rows: ReadonlyArray<readonly [string, string]>): void {
  table.replaceChildren(
    ...rows.map(([k, v]) => {
      const tr = el('tr');
      tr.append(el('th', k), el('td', v));
      return tr;
    }),
  );
}

/** A colour swatch; its colour is set through the CSSOM, which a CSP without 'unsafe-inline' allows. */
export function swatch(color: string): HTMLSpanElement {
  const s = el('span', undefined, 'swatch');
  s.style.background = color;
  return s;
}
