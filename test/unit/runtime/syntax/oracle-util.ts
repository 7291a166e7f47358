// Runs oracle.py under the real python3 and turns our AST into the same comparable
// shape, so the tests can diff the front end against CPython's own ast/symtable.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as A from '../../../../src/runtime/syntax/ast';

/** Source folders (tests run from out/, the corpus stays in test/). */
export const HERE = join(__dirname, '..', '..', '..', '..', '..', 'test', 'unit', 'runtime', 'syntax');

export interface OracleCode { name: string; line: number; varnames: string[]; cellvars: string[]; freevars: string[] }
export interface OracleTable { type: string; name: string; line: number; symbols: Record<string, string>; children: OracleTable[] }
export interface OracleResult {
  ast?: unknown;
  symtable?: OracleTable;
  codes?: OracleCode[];
  error?: { type: string; message: string; line: number | null; offset: number | null };
}

export function runOracle(sources: string[]): OracleResult[] {
  const out = execFileSync('python3', [join(HERE, 'oracle.py')], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return JSON.parse(out) as OracleResult[];
}

export function corpus(dir: string): { name: string; src: string }[] {
  return readdirSync(join(HERE, dir))
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => ({ name: f, src: readFileSync(join(HERE, dir, f), 'utf8') }));
}

/** Programs separated by lines of `=====` in one text file. */
export function programsIn(file: string): string[] {
  return readFileSync(join(HERE, file), 'utf8').split(/\n=====\n/).map((s) => s.replace(/^\n/, ''));
}

function constant(v: A.ConstantValue): unknown {
  if (v === null) return null;
  if (typeof v === 'bigint') return { int: v.toString() };
  if (typeof v === 'number') return { float: v };
  if (typeof v === 'boolean') return { bool: v };
  if (typeof v === 'string') return { str: v };
  if (v.type === 'bytes') return { bytes: [...v.bytes] };
  if (v.type === 'complex') return { complex: v.imag };
  return { ellipsis: true };
}

const LOC_KEYS = new Set(['line', 'col', 'endLine', 'endCol']);

/** Our node in oracle.py's shape: `_` for the kind, `loc` as [line, col, endLine, endCol]. */
export function comparable(node: unknown, inFstring = false): unknown {
  if (Array.isArray(node)) return node.map((x) => comparable(x, inFstring));
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  const out: Record<string, unknown> = { _: n.kind };
  for (const [k, v] of Object.entries(n)) {
    if (k === 'kind' || LOC_KEYS.has(k)) continue;
    if (n.kind === 'Constant' && k === 'value') out.value = constant(v as A.ConstantValue);
    else out[k] = comparable(v, n.kind === 'JoinedStr' || (n.kind === 'FormattedValue' && k === 'formatSpec'));
  }
  if ('line' in n && !inFstring) out.loc = [n.line, n.col, n.endLine, n.endCol];
  return out;
}

/** Python float reprs vs numbers: make both sides plain numbers before comparing. */
export function normaliseFloats(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(normaliseFloats);
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  if ('float' in o && Object.keys(o).length === 1) return { float: Number(o.float) };
  if ('complex' in o && Object.keys(o).length === 1) return { complex: Number(o.complex) };
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, normaliseFloats(v)]));
}

/** The first path at which two comparable trees differ, for a readable failure. */
export function firstDiff(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${path}: ours ${JSON.stringify(a)?.slice(0, 300)} vs python ${JSON.stringify(b)?.slice(0, 300)}`;
  }
  if (a === null || typeof a !== 'object') return a === b ? null : `${path}: ours ${JSON.stringify(a)} vs python ${JSON.stringify(b)}`;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  for (const k of new Set([...ka, ...kb])) {
    const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
    if (d) return d;
  }
  return null;
}
