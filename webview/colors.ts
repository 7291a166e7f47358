// The explorer's colour scale: a pool's hue is its size class (small blocks blue, the
// largest red), its lightness how full it is; both adapt to VS Code's theme kind.

export type ThemeKind = 'light' | 'dark' | 'hc-dark' | 'hc-light';

/** Colours read from VS Code's CSS variables (--vscode-*) by the page. */
export interface ThemeColors {
  readonly background: string;
  readonly foreground: string;
  readonly muted: string;
  readonly border: string;
  readonly focus: string;
  readonly highlight: string;
}

/** Fullness steps: few enough that the draw list batches by colour, enough to read. */
export const FULLNESS_LEVELS = 5;

export interface Palette {
  readonly kind: ThemeKind;
  readonly theme: ThemeColors;
  /** [szidx * FULLNESS_LEVELS + level] */
  readonly pool: readonly string[];
  readonly nb: number;
  /** A carved pool with no used block, or space never carved. */
  readonly emptyPool: string;
  readonly released: string;
  readonly freeBlock: string;
  readonly neverBlock: string;
}

/** The theme kind from the body's classes VS Code sets (vscode-light, vscode-dark, vscode-high-contrast[-light]). */
export function themeKindOf(bodyClass: string): ThemeKind {
  const c = ` ${bodyClass} `;
  if (c.includes(' vscode-high-contrast-light ')) return 'hc-light';
  if (c.includes(' vscode-high-contrast ')) return 'hc-dark';
  if (c.includes(' vscode-light ')) return 'light';
  return 'dark';
}

/** 0 for a pool with one used block … FULLNESS_LEVELS-1 for a full pool; -1 when nothing is used. */
export function fullnessLevel(used: number, capacity: number): number {
  if (used <= 0 || capacity <= 0) return -1;
  if (used >= capacity) return FULLNESS_LEVELS - 1;
  return Math.min(FULLNESS_LEVELS - 2, Math.floor((used / capacity) * (FULLNESS_LEVELS - 1)));
}

/** Hue in degrees for a size class: 210 (blue) for the smallest through 320 (magenta) via green and red. */
export function sizeClassHue(szidx: number, nb: number): number {
  const t = nb <= 1 ? 0 : Math.max(0, Math.min(1, szidx / (nb - 1)));
  return Math.round((210 - 250 * t + 360) % 360);
}

/** Lightness (percent) and saturation for a fullness level in a theme: full pools stand out from the background. */
export function shade(kind: ThemeKind, level: number): { l: number; s: number } {
  const t = level / (FULLNESS_LEVELS - 1);
  switch (kind) {
    case 'dark':
      return { l: Math.round(26 + 36 * t), s: 60 };
    case 'light':
      return { l: Math.round(86 - 42 * t), s: 62 };
    case 'hc-dark':
      return { l: Math.round(34 + 40 * t), s: 100 };
    case 'hc-light':
      return { l: Math.round(78 - 50 * t), s: 100 };
  }
}

export function hsl(h: number, s: number, l: number): string {
  return `hsl(${h} ${s}% ${l}%)`;
}

export function makePalette(kind: ThemeKind, theme: ThemeColors, nb: number): Palette {
  const pool: string[] = [];
  for (let sz = 0; sz < nb; sz++) {
    const h = sizeClassHue(sz, nb);
    for (let level = 0; level < FULLNESS_LEVELS; level++) {
      const { l, s } = shade(kind, level);
      pool.push(hsl(h, s, l));
    }
  }
  const dark = kind === 'dark' || kind === 'hc-dark';
  return {
    kind,
    theme,
    pool,
    nb,
    emptyPool: dark ? 'hsl(0 0% 20%)' : 'hsl(0 0% 90%)',
    released: dark ? 'hsl(0 0% 13%)' : 'hsl(0 0% 96%)',
    freeBlock: dark ? 'hsl(0 0% 32%)' : 'hsl(0 0% 78%)',
    neverBlock: dark ? 'hsl(0 0% 16%)' : 'hsl(0 0% 94%)',
  };
}

/** The fill of one pool on the map. */
export function poolFill(p: Palette, szidx: number, used: number, capacity: number): string {
  const level = fullnessLevel(used, capacity);
  if (szidx < 0 || szidx >= p.nb || level < 0) return p.emptyPool;
  return p.pool[szidx * FULLNESS_LEVELS + level];
}

/** A stable colour per owning type name, so a type reads the same in every pool. */
export function typeFill(kind: ThemeKind, type: string | null): string {
  if (type === null) return kind === 'dark' || kind === 'hc-dark' ? 'hsl(0 0% 55%)' : 'hsl(0 0% 50%)';
  let h = 0;
  for (let i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) >>> 0;
  const { l, s } = shade(kind, FULLNESS_LEVELS - 1);
  return hsl((h * 137) % 360, s, l);
}
