// A toy object model for the % tests: typed JSON values standing for Python objects,
// the PercentCallbacks over them (built from the format functions themselves), and
// a generator of format strings with their arguments.
import { asciiEscape, floatRepr, floatToInt, formatError, intToDecimal, PercentCallbacks, strRepr } from '../../../../src/runtime/format';
import { Rng } from '../../../util/rng';
import { floatOf, hexOf, PyVal } from './corpus';

function repr(o: PyVal): string {
  switch (o.t) {
    case 'int': return intToDecimal(BigInt(o.v));
    case 'float': return floatRepr(floatOf(o.v));
    case 'str': return strRepr(o.v);
    case 'bool': return o.v ? 'True' : 'False';
    case 'none': return 'None';
    case 'tuple': return o.v.length === 1 ? `(${repr(o.v[0])},)` : `(${o.v.map(repr).join(', ')})`;
    case 'list': return `[${o.v.map(repr).join(', ')}]`;
    case 'dict': return `{${o.v.map(([k, v]) => `${strRepr(k)}: ${repr(v)}`).join(', ')}}`;
  }
}

const TYPE_NAMES: Record<PyVal['t'], string> = {
  int: 'int', float: 'float', str: 'str', bool: 'bool', none: 'NoneType', tuple: 'tuple', list: 'list', dict: 'dict',
};

export const callbacks: PercentCallbacks<PyVal> = {
  str: (o) => (o.t === 'str' ? o.v : repr(o)),
  repr,
  ascii: (o) => asciiEscape(repr(o)),
  typeName: (o) => TYPE_NAMES[o.t],
  tupleItems: (o) => (o.t === 'tuple' ? o.v : undefined),
  isMapping: (o) => o.t === 'dict' || o.t === 'list',
  getItem: (m, key) => {
    if (m.t === 'list') throw formatError('TypeError', 'list indices must be integers or slices, not str');
    if (m.t !== 'dict') throw new Error('getItem on a non-mapping');
    const hit = m.v.find(([k]) => k === key);
    // KeyError is the interpreter's; the test carries it in the same shape.
    if (!hit) throw { pyType: 'KeyError', message: strRepr(key) };
    return hit[1];
  },
  strValue: (o) => (o.t === 'str' ? o.v : undefined),
  intValue: (o) => (o.t === 'int' ? BigInt(o.v) : o.t === 'bool' ? BigInt(o.v) : undefined),
  toInt: (o) => (o.t === 'float' ? floatToInt(floatOf(o.v)) : undefined),
  toIndex: () => undefined,
  toFloat: (o) => {
    if (o.t === 'float') return floatOf(o.v);
    if (o.t === 'bool') return o.v ? 1 : 0;
    if (o.t === 'int') {
      const x = Number(BigInt(o.v));
      if (!Number.isFinite(x)) throw formatError('OverflowError', 'int too large to convert to float');
      return x;
    }
    return undefined;
  },
};

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[r.int(0, xs.length - 1)];

function scalar(r: Rng, floats: readonly number[]): PyVal {
  switch (r.int(0, 9)) {
    case 0: case 1: case 2: return { t: 'int', v: String(r.int(-100000, 100000) * (r.next() < 0.2 ? 1e6 : 1)) };
    case 3: case 4: case 5: return { t: 'float', v: hexOf(pick(r, floats)) };
    case 6: case 7: return { t: 'str', v: pick(r, ['abc', '', 'é', "it's", 'x', '😀', 'a\nb']) };
    case 8: return { t: 'bool', v: r.next() < 0.5 };
    default: return pick(r, [{ t: 'none' }, { t: 'list', v: [] }, { t: 'int', v: '1114112' }, { t: 'int', v: (2n ** 70n).toString() }] as PyVal[]);
  }
}

/** An argument the conversion accepts, so that most cases format rather than raise. */
function fitting(r: Rng, conv: string, floats: readonly number[]): PyVal {
  if ('diu'.includes(conv)) return r.next() < 0.7 ? { t: 'int', v: String(r.int(-99999, 99999)) } : { t: 'float', v: hexOf(pick(r, floats)) };
  if ('oxX'.includes(conv)) return { t: 'int', v: String(r.int(-99999, 99999) * (r.next() < 0.2 ? 2 ** 30 : 1)) };
  if ('eEfFgG'.includes(conv)) return r.next() < 0.8 ? { t: 'float', v: hexOf(pick(r, floats)) } : { t: 'int', v: String(r.int(-999, 999)) };
  if (conv === 'c') return r.next() < 0.5 ? { t: 'int', v: String(pick(r, [65, 0x263a, 0x1f600, 10, 0])) } : { t: 'str', v: pick(r, ['x', 'é', '😀']) };
  return scalar(r, floats);
}

const CONVERSIONS = Array.from('sssrradiuoxXeEfFgGc%');
const FLAGS = ['', '', '', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' 0', '-#'];

/** One conversion with random flags, width and precision; '*' ones come with their ints. */
function conversion(r: Rng, extra: PyVal[], key?: string): string {
  let s = '%' + (key !== undefined ? `(${key})` : '') + pick(r, FLAGS);
  const w = r.next();
  if (w < 0.4) s += String(r.int(0, 15));
  else if (w < 0.5 && key === undefined) {
    s += '*';
    extra.push({ t: 'int', v: String(r.int(-12, 12)) });
  }
  const p = r.next();
  if (p < 0.35) s += '.' + String(r.int(0, 12));
  else if (p < 0.42 && key === undefined) {
    s += '.*';
    extra.push({ t: 'int', v: String(r.int(-3, 10)) });
  } else if (p < 0.45) s += '.';
  if (r.next() < 0.03) s += pick(r, ['h', 'l', 'L']);
  return s + pick(r, CONVERSIONS);
}

export function percentCorpus(r: Rng, floats: readonly number[], n: number): Array<[string, PyVal]> {
  const out: Array<[string, PyVal]> = [
    ['%5%', { t: 'tuple', v: [] }], ['%5%', { t: 'tuple', v: [{ t: 'int', v: '1' }] }], ['%', { t: 'tuple', v: [] }],
    ['abc', { t: 'list', v: [] }], ['abc', { t: 'int', v: '5' }], ['%(a', { t: 'dict', v: [] }], ['%(a)', { t: 'dict', v: [['a', { t: 'int', v: '1' }]] }],
    ['%(a)s', { t: 'tuple', v: [] }], ['%s', { t: 'dict', v: [['a', { t: 'int', v: '1' }]] }], ['%z', { t: 'int', v: '1' }],
    ['%(a)s %(b)s', { t: 'dict', v: [['a', { t: 'int', v: '1' }]] }], ['%(x(y))s', { t: 'dict', v: [['x(y)', { t: 'str', v: 'ok' }]] }],
    ['%*d', { t: 'tuple', v: [{ t: 'float', v: hexOf(1.5) }, { t: 'int', v: '3' }] }], ['%s %s', { t: 'tuple', v: [{ t: 'int', v: '1' }] }],
    ['%c', { t: 'str', v: 'ab' }], ['%c', { t: 'str', v: '😀' }], ['%.', { t: 'int', v: '1' }], ['%(a)s%s', { t: 'dict', v: [['a', { t: 'int', v: '1' }]] }],
    ['%(a)s', { t: 'list', v: [] }], ['%d', { t: 'str', v: '3' }], ['%x', { t: 'float', v: hexOf(3.5) }], ['%\u00e9', { t: 'int', v: '1' }],
  ];
  for (let i = 0; i < n; i++) {
    const style = r.int(0, 9);
    if (style === 0) {
      // Mapping keys.
      const entries: Array<[string, PyVal]> = [];
      let f = pick(r, ['', 'x=', '%% ']);
      for (let k = r.int(1, 3); k > 0; k--) {
        const key = pick(r, ['a', 'b', 'name', '']);
        if (!entries.some(([e]) => e === key) && r.next() < 0.9) entries.push([key, scalar(r, floats)]);
        f += conversion(r, [], key) + ' ';
      }
      out.push([f, { t: 'dict', v: entries }]);
      continue;
    }
    const args: PyVal[] = [];
    let f = pick(r, ['', 'v: ', '%%']);
    const count = r.int(1, 3);
    for (let k = 0; k < count; k++) {
      const extra: PyVal[] = [];
      const conv = conversion(r, extra);
      f += conv + pick(r, ['', ' ', '|']);
      args.push(...extra, r.next() < 0.6 ? fitting(r, conv[conv.length - 1], floats) : scalar(r, floats));
    }
    if (r.next() < 0.05) args.pop();
    else if (r.next() < 0.05) args.push(scalar(r, floats));
    out.push([f, args.length === 1 && r.next() < 0.5 && args[0].t !== 'tuple' ? args[0] : { t: 'tuple', v: args }]);
  }
  return out;
}
