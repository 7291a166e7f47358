// Patterns in this compiler's instructions that CPython 3.11+ compiles otherwise: displays
// with a starred item, chained comparisons under a jump, constant tests, names a module
// imports or declares global.
import { Op } from './opcodes';
import { isJump } from './kept-instructions';
import type { CodeUnit, ConstSpec } from './unit';

/**
 * starunpack_helper: a list or set display with a starred item builds its leading plain items
 * at once (BUILD_LIST n); this compiler appends them one by one to an empty one.
 */
export function leadingAppends(u: CodeUnit, kept: number[]): Map<number, string> {
  const out = new Map<number, string>();
  kept.forEach((i, k) => {
    const op = u.code[2 * i];
    if ((op !== Op.BUILD_LIST && op !== Op.BUILD_SET) || u.code[2 * i + 1] !== 0) return;
    const add = op === Op.BUILD_LIST ? Op.LIST_APPEND : Op.SET_ADD;
    const extend = op === Op.BUILD_LIST ? Op.LIST_EXTEND : Op.SET_UPDATE;
    const appends: number[] = [];
    for (let j = k + 1; j < kept.length; j++) {
      const o = u.code[2 * kept[j]];
      const a = u.code[2 * kept[j] + 1];
      if (o === extend && a === 1) {
        // The build moves to where the last leading item was appended.
        if (appends.length > 0) out.set(i, 'skip');
        appends.forEach((x, n) => out.set(x, n === appends.length - 1 ? (op === Op.BUILD_LIST ? 'BUILD_LIST' : 'BUILD_SET') : 'skip'));
        return;
      }
      if (o === add && a === 1) appends.push(kept[j]);
      else if (o === Op.BUILD_LIST || o === Op.BUILD_SET || o === Op.BUILD_MAP || isJump(o) || o === add || o === extend) return;
    }
  });
  return out;
}

export type Link = { kind: 'link'; to: number } | { kind: 'last'; op: string; to: number; end: number } | { kind: 'pop'; op: string; to: number } | { kind: 'skip' };

/**
 * Chained comparisons whose value a conditional jump tests: this compiler makes the value
 * (JUMP_IF_FALSE_OR_POP per link to a SWAP, POP_TOP cleanup) and tests it; CPython's
 * compiler_jump_if jumps from each link and from the last comparison itself.
 */
export function testChains(u: CodeUnit, kept: number[]): Map<number, Link> {
  const out = new Map<number, Link>();
  const at = (i: number): number => u.code[2 * i];
  kept.forEach((i, k) => {
    // The cleanup: SWAP, POP_TOP, then the test's jump; before it, the jump to that test.
    if (at(i) !== Op.SWAP || at(kept[k + 1]) !== Op.POP_TOP || k < 1 || at(kept[k - 1]) !== Op.JUMP) return;
    const test = kept[k + 2];
    if (test === undefined || (at(test) !== Op.POP_JUMP_IF_FALSE && at(test) !== Op.POP_JUMP_IF_TRUE) || u.code[2 * kept[k - 1] + 1] >> 1 !== test) return;
    const links = kept.filter((j) => at(j) === Op.JUMP_IF_FALSE_OR_POP && u.code[2 * j + 1] >> 1 === i);
    if (links.length === 0) return;
    const op = at(test) === Op.POP_JUMP_IF_FALSE ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE';
    const to = u.code[2 * test + 1] >> 1;
    for (const j of links) out.set(j, { kind: 'link', to: kept[k + 1] });
    out.set(kept[k - 1], { kind: 'last', op, to, end: kept[k + 3] ?? u.code.length / 2 });
    out.set(i, { kind: 'skip' });
    out.set(kept[k + 1], { kind: 'pop', op, to });
    out.set(test, { kind: 'skip' });
  });
  return out;
}

const unitTargets = new WeakMap<CodeUnit, Set<number>>();

/** The model instructions some jump goes to. */
export function targetsOf(u: CodeUnit): Set<number> {
  let t = unitTargets.get(u);
  if (t === undefined) {
    t = new Set();
    for (let i = 0; i < u.code.length; i += 2) if (isJump(u.code[i])) t.add(u.code[i + 1] >> 1);
    unitTargets.set(u, t);
  }
  return t;
}

/** A constant's truth (PyObject_IsTrue). */
export function truthy(c: ConstSpec): boolean {
  switch (c.t) {
    case 'none':
      return false;
    case 'bool':
      return c.v;
    case 'int':
      return c.v !== 0n;
    case 'float':
      return c.v !== 0;
    case 'complex':
      return c.imag !== 0 || (c.real ?? 0) !== 0;
    case 'str':
      return c.v.length > 0;
    case 'bytes':
      return c.v.length > 0;
    case 'tuple':
    case 'frozenset':
      return c.items.length > 0;
    default:
      return true;
  }
}

/** A name a module or class body declares `global` (its *_NAME instructions are CPython's *_GLOBAL). */
export function declaredGlobal(u: CodeUnit, name: string | undefined): boolean {
  return name !== undefined && !u.scope.isFunctionLike && u.scope.symbols.get(u.scope.mangle(name))?.global === true;
}

/** Whether model instruction i loads a name the module binds by an import (compile.c is_import_originated). */
export function importOriginated(u: CodeUnit, i: number | undefined): boolean {
  if (i === undefined) return false;
  const op = u.code[2 * i];
  const arg = u.code[2 * i + 1];
  let name: string | undefined;
  if (op === Op.LOAD_NAME || op === Op.LOAD_GLOBAL) name = u.names[arg];
  else if (op === Op.LOAD_FAST) name = u.scope.varnames[arg];
  else if (op === Op.LOAD_DEREF) name = [...u.scope.cellvars, ...u.scope.freevars][arg - (u.scope.isFunctionLike ? u.scope.varnames.length : 0)];
  if (name === undefined) return false;
  let top = u.scope;
  while (top.parent !== null) top = top.parent;
  return top.symbols.get(name)?.imported === true;
}
