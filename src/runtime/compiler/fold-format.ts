// 3.11+ Python/ast_opt.c optimize_format: `'...' % (a, b)` with a literal format and a tuple
// display that is not a constant becomes an f-string when every unit is %s, %r or %a (with an
// optional '-' flag, width and precision of at most two digits), one per item.
import type * as A from '../syntax/ast';

const MAXDIGITS = 3;
const CONVERSIONS: Record<string, 115 | 114 | 97> = { s: 115, r: 114, a: 97 };

function constant(at: A.Loc, value: string): A.Constant {
  return { kind: 'Constant', value, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol } as A.Constant;
}

/** The JoinedStr CPython puts in the BinOp's place, or undefined where it leaves the BinOp. */
export function optimizeFormat(at: A.BinOp, fmt: string, elts: readonly A.Expr[]): A.JoinedStr | undefined {
  if (elts.some((x) => x.kind === 'Starred')) return undefined;
  const cps = Array.from(fmt);
  const values: (A.Constant | A.FormattedValue)[] = [];
  let pos = 0;
  let cnt = 0;
  for (;;) {
    // parse_literal: up to the next lone '%', '%%' read as '%'.
    let lit = '';
    const start = pos;
    while (pos < cps.length) {
      if (cps[pos] !== '%') lit += cps[pos++];
      else if (pos + 1 < cps.length && cps[pos + 1] === '%') {
        lit += '%';
        pos += 2;
      } else break;
    }
    // The piece has no location of its own: its load takes the one before it (propagate_line_numbers).
    if (pos > start) values.push(constant(cnt > 0 ? elts[cnt - 1] : at, lit));
    if (pos >= cps.length) break;
    // More format units than items: left as it is.
    if (cnt >= elts.length) return undefined;
    pos++;
    const unit = parseUnit(cps, pos);
    if (unit === null) return undefined;
    pos = unit.pos;
    const arg = elts[cnt++];
    let spec = '';
    if (!unit.ljust && unit.width > 0) spec += '>';
    if (unit.width >= 0) spec += String(unit.width);
    if (unit.prec >= 0) spec += `.${unit.prec}`;
    const formatSpec: A.JoinedStr | null = spec === '' ? null : ({ kind: 'JoinedStr', values: [constant(arg, spec)], line: arg.line, col: arg.col, endLine: arg.endLine, endCol: arg.endCol } as A.JoinedStr);
    values.push({ kind: 'FormattedValue', value: arg, conversion: unit.conversion, formatSpec, line: arg.line, col: arg.col, endLine: arg.endLine, endCol: arg.endCol } as A.FormattedValue);
  }
  // More items than format units: left as it is.
  if (cnt < elts.length) return undefined;
  return { kind: 'JoinedStr', values, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol } as A.JoinedStr;
}

/** simple_format_arg_parse, then parse_format's s/r/a: the unit after a '%', or null when unsupported. */
function parseUnit(cps: string[], pos: number): { pos: number; ljust: boolean; width: number; prec: number; conversion: 115 | 114 | 97 } | null {
  let ch: string;
  const next = (): boolean => {
    if (pos >= cps.length) return false;
    ch = cps[pos++];
    return true;
  };
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch! === '-') ljust = true;
    else if (ch! !== '+' && ch! !== ' ' && ch! !== '#' && ch! !== '0') break;
  }
  let width = -1;
  let prec = -1;
  const digit = (c: string): boolean => c >= '0' && c <= '9';
  if (digit(ch!)) {
    width = 0;
    let digits = 0;
    while (digit(ch!)) {
      width = width * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch! === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (digit(ch!)) {
      prec = prec * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  const conversion = CONVERSIONS[ch!];
  return conversion === undefined ? null : { pos, ljust, width, prec, conversion };
}
