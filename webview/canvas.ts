// Paints a draw list on a 2D canvas context: one fillStyle per colour batch, then
// outlines, then text. The only part of the map drawing that needs a real canvas.
import type { DrawList } from './draw';

/** The slice of CanvasRenderingContext2D this uses (so tests can pass a recorder). */
export type Ctx2D = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'font' | 'textBaseline' | 'fillRect' | 'strokeRect' | 'fillText' | 'setLineDash' | 'clearRect'
>;

export interface Fonts {
  readonly label: string;
  readonly small: string;
}

export function paint(ctx: Ctx2D, list: DrawList, fonts: Fonts, width: number, height: number): void {
  ctx.clearRect(0, 0, width, height);
  for (const b of list.batches) {
    ctx.fillStyle = b.fill;
    const r = b.rects;
    for (let i = 0; i < r.length; i += 4) ctx.fillRect(r[i], r[i + 1], r[i + 2], r[i + 3]);
  }
  for (const s of list.strokes) {
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.width;
    ctx.setLineDash(s.dashed ? [3, 2] : []);
    // Half-pixel offsets keep 1px lines crisp.
    ctx.strokeRect(s.x + 0.5, s.y + 0.5, s.w, s.h);
  }
  ctx.setLineDash([]);
  ctx.textBaseline = 'alphabetic';
  let font = '';
  for (const t of list.texts) {
    const f = t.font === 'label' ? fonts.label : fonts.small;
    if (f !== font) ctx.font = font = f;
    ctx.fillStyle = t.fill;
    ctx.fillText(t.text, t.x, t.y);
  }
}
