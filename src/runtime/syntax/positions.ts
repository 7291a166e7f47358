// Turns UTF-16 offsets (what JavaScript strings and lezer use) into the 1-based line and
// 0-based code-point column the AST and the error reports carry.

export class LineMap {
  /** Offset of the first character of each line (0-based line index). */
  readonly starts: number[] = [0];
  /** Lines holding surrogate pairs need a slow column count; the rest are direct. */
  private readonly wide: boolean[] = [];

  constructor(readonly text: string) {
    let wide = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // CPython splits lines on \n, \r\n and \r alike.
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
        this.wide.push(wide);
        wide = false;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        wide = true;
      }
    }
    this.wide.push(wide);
  }

  /** 1-based line of an offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 0-based code-point column of an offset. */
  col(offset: number): number {
    const li = this.line(offset) - 1;
    const start = this.starts[li];
    if (!this.wide[li]) return offset - start;
    let n = 0;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff)) n++;
    }
    return n;
  }

  /** The offset of a 1-based line's 0-based code-point column (col's inverse). */
  offsetAt(line: number, col: number): number {
    const start = this.starts[line - 1];
    if (!this.wide[line - 1]) return start + col;
    let i = start;
    for (let n = 0; n < col; n++) i += (this.text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    return i;
  }

  /** The text of a 1-based line without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const end = this.starts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
