// The match statement (Python/compile.c compiler_match and compiler_pattern_*, 3.11):
// captured values wait on the stack until the whole pattern matched, then are stored;
// a failed check jumps to the fail_pop label that pops what is left on the stack.
// The same walk, with a sink that emits nothing, finds the compiler's SyntaxErrors.
import type * as A from '../syntax/ast';
import { foldExpr } from './fold';
import { Op } from './opcodes';
import { R } from '../state';
import { Label } from './unit';

/** Where the pattern compiler's output goes: a code unit, or nowhere (the checks). */
export interface MatchSink {
  emit(op: Op, arg?: number): void;
  jump(op: Op, target: Label): void;
  /** A case body's silent jump to the statement's end. */
  silentJump(target: Label): void;
  bind(l: Label): void;
  setLine(line: number): void;
  loadInt(n: number): void;
  loadNone(): void;
  loadSingleton(v: null | boolean): void;
  loadNames(names: string[]): void;
  /** The keys tuple of constants CPython's optimizer folds (fold_tuple_on_constants). */
  foldedKeys(keys: A.Expr[]): void;
  expr(e: A.Expr): void;
  storeName(name: string): void;
  /** Jump to target unless the guard is true. */
  guard(e: A.Expr, target: Label): void;
  body(stmts: A.Stmt[]): void;
}

/** A SyntaxError from compiling a pattern, at the pattern it names. */
export class PatternError {
  constructor(
    readonly message: string,
    readonly at: A.Loc,
  ) {}
}

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

const isWildcard = (p: A.Pattern): boolean => p.kind === 'MatchAs' && p.pattern === null && p.name === null;
const isStarWildcard = (p: A.Pattern): boolean => p.kind === 'MatchStar' && p.name === null;

/** compile.c compiler_match_inner. */
export function compileMatch(out: MatchSink, s: A.Match): void {
  new PatternCompiler(out).match(s);
}

class PatternCompiler {
  private pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  private loc: A.Loc;

  constructor(private readonly out: MatchSink) {
    this.loc = { line: 0, col: 0, endLine: 0, endCol: 0 };
  }

  private setLoc(p: A.Loc): void {
    this.loc = p;
    this.out.setLine(p.line);
  }

  private error(message: string): never {
    throw new PatternError(message, this.loc);
  }

  match(s: A.Match): void {
    const out = this.out;
    out.expr(s.subject);
    const end = new Label();
    const cases = s.cases.length;
    const has_default = isWildcard(s.cases[cases - 1].pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - has_default; i++) {
      const m = s.cases[i];
      this.setLoc(m.pattern);
      // Only copy the subject if we're *not* on the last case:
      if (i !== cases - has_default - 1) out.emit(Op.COPY, 1);
      const pc: PatternContext = (this.pc = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 });
      this.pattern(m.pattern);
      // It's a match! Store all of the captured names (they're on the stack).
      for (const name of pc.stores) out.storeName(name);
      if (m.guard) {
        this.ensureFailPop(0);
        out.guard(m.guard, pc.failPop[0]);
      }
      if (i !== cases - has_default - 1) out.emit(Op.POP_TOP);
      out.body(m.body);
      out.silentJump(end);
      // A failed pattern's cleanup belongs to the pattern's line, not the body's last.
      this.setLoc(m.pattern);
      this.emitAndResetFailPop();
    }
    if (has_default) {
      const m = s.cases[cases - 1];
      this.setLoc(m.pattern);
      out.emit(cases === 1 ? Op.POP_TOP : Op.NOP);
      if (m.guard) out.guard(m.guard, end);
      out.body(m.body);
    }
    out.bind(end);
  }

  private ensureFailPop(n: number): void {
    const fp = this.pc.failPop;
    while (fp.length < n + 1) fp.push(new Label());
  }

  private jumpToFailPop(op: Op): void {
    const pops = this.pc.onTop + this.pc.stores.length;
    this.ensureFailPop(pops);
    this.out.jump(op, this.pc.failPop[pops]);
  }

  private emitAndResetFailPop(): void {
    const fp = this.pc.failPop;
    for (let i = fp.length - 1; i > 0; i--) {
      this.out.bind(fp[i]);
      this.out.emit(Op.POP_TOP);
    }
    if (fp.length > 0) this.out.bind(fp[0]);
    this.pc.failPop = [];
  }

  /** pattern_helper_rotate: move the top item `count` deep. */
  private rotate(count: number): void {
    while (count > 1) this.out.emit(Op.SWAP, count--);
  }

  private storeCapture(name: string | null): void {
    if (name === null) {
      this.out.emit(Op.POP_TOP);
      return;
    }
    if (this.pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`);
    // Rotate this object underneath any items we need to preserve:
    this.rotate(this.pc.onTop + this.pc.stores.length + 1);
    this.pc.stores.push(name);
  }

  private subpattern(p: A.Pattern): void {
    const allow = this.pc.allowIrrefutable;
    this.pc.allowIrrefutable = true;
    this.pattern(p);
    this.pc.allowIrrefutable = allow;
  }

  private pattern(p: A.Pattern): void {
    this.setLoc(p);
    const out = this.out;
    const pc = this.pc;
    switch (p.kind) {
      case 'MatchValue': {
        const v = foldExpr(p.value);
        if (v.kind !== 'Constant' && v.kind !== 'Attribute') this.error('patterns may only match literals and attribute lookups');
        out.expr(v);
        out.emit(Op.COMPARE_OP, 2); // ==
        this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
        return;
      }
      case 'MatchSingleton':
        out.loadSingleton(p.value);
        out.emit(Op.IS_OP, 0);
        this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
        return;
      case 'MatchSequence':
        return this.sequence(p);
      case 'MatchMapping':
        return this.mapping(p);
      case 'MatchClass':
        return this.classPattern(p);
      case 'MatchStar':
        return this.storeCapture(p.name);
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name !== null) this.error(`name capture '${p.name}' makes remaining patterns unreachable`);
            this.error('wildcard makes remaining patterns unreachable');
          }
          return this.storeCapture(p.name);
        }
        // Need to make a copy for (possibly) storing later:
        pc.onTop++;
        out.emit(Op.COPY, 1);
        this.pattern(p.pattern);
        pc.onTop--;
        this.storeCapture(p.name);
        return;
      case 'MatchOr':
        return this.or(p);
    }
  }

  private sequence(p: A.MatchSequence): void {
    const out = this.out;
    const pc = this.pc;
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const q = patterns[i];
      if (q.kind === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern');
        starWildcard = isStarWildcard(q);
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(q);
    }
    // We need to keep the subject on top during the sequence and length checks:
    pc.onTop++;
    out.emit(Op.MATCH_SEQUENCE);
    this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
    if (star < 0) {
      out.emit(Op.GET_LEN);
      out.loadInt(size);
      out.emit(Op.COMPARE_OP, 2); // ==
      this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      out.emit(Op.GET_LEN);
      out.loadInt(size - 1);
      out.emit(Op.COMPARE_OP, 5); // >=
      this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
    }
    // Whatever comes next should consume the subject:
    pc.onTop--;
    if (onlyWildcard) {
      out.emit(Op.POP_TOP);
    } else if (starWildcard) {
      // pattern_helper_sequence_subscr: index the subject instead of unpacking it.
      pc.onTop++;
      for (let i = 0; i < size; i++) {
        const q = patterns[i];
        if (isWildcard(q) || i === star) continue;
        out.emit(Op.COPY, 1);
        if (i < star) {
          out.loadInt(i);
        } else {
          // The subject may not support negative indexing! Compute a nonnegative index:
          out.emit(Op.GET_LEN);
          out.loadInt(size - i);
          out.emit(Op.BINARY_OP, 10); // NB_SUBTRACT
        }
        out.emit(Op.BINARY_SUBSCR);
        this.subpattern(q);
      }
      pc.onTop--;
      out.emit(Op.POP_TOP);
    } else {
      // pattern_helper_sequence_unpack
      if (star >= 0) out.emit(Op.UNPACK_EX, star | ((size - star - 1) << 8));
      else out.emit(Op.UNPACK_SEQUENCE, size);
      pc.onTop += size;
      for (const q of patterns) {
        pc.onTop--;
        this.subpattern(q);
      }
    }
  }

  private mapping(p: A.MatchMapping): void {
    const out = this.out;
    const pc = this.pc;
    let size = p.keys.length;
    // We need to keep the subject on top during the mapping and length checks:
    pc.onTop++;
    out.emit(Op.MATCH_MAPPING);
    this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
    if (size === 0 && p.rest === null) {
      // If the pattern is just "{}", we're done! Pop the subject:
      pc.onTop--;
      out.emit(Op.POP_TOP);
      return;
    }
    if (size > 0) {
      out.emit(Op.GET_LEN);
      out.loadInt(size);
      out.emit(Op.COMPARE_OP, 5); // >=
      this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (const k0 of p.keys) {
      const key = foldExpr(k0);
      if (key.kind === 'Constant') {
        const id = keyIdentity(key.value);
        if (seen.has(id)) this.error(`mapping pattern checks duplicate key (${constantRepr(key.value)})`);
        seen.add(id);
      } else if (key.kind !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups');
      }
      out.expr(key);
    }
    out.foldedKeys(p.keys.map(foldExpr));
    out.emit(Op.BUILD_TUPLE, size);
    out.emit(Op.MATCH_KEYS);
    // There's now a tuple of keys and a tuple of values on top of the subject:
    pc.onTop += 2;
    out.emit(Op.COPY, 1);
    out.loadNone();
    out.emit(Op.IS_OP, 1);
    this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
    if (R.minor === 10) {
      // 3.10 compiler_pattern_mapping keeps the tuple of values on the stack while the
      // sub-patterns run, each taking its value by index, then pops it.
      this.byIndex(p.patterns);
    } else {
      out.emit(Op.UNPACK_SEQUENCE, size);
      pc.onTop += size - 1;
      p.patterns.forEach((q) => {
        pc.onTop--;
        this.subpattern(q);
      });
    }
    // Whatever happens next should consume the tuple of keys and the subject:
    pc.onTop -= 2;
    if (p.rest !== null) {
      // rest = dict(subject); for key in keys: del rest[key]
      out.emit(Op.BUILD_MAP, 0); // [subject, keys, empty]
      out.emit(Op.SWAP, 3); // [empty, keys, subject]
      out.emit(Op.DICT_UPDATE, 2); // [copy, keys]
      out.emit(Op.UNPACK_SEQUENCE, size); // [copy, keys...]
      while (size) {
        out.emit(Op.COPY, 1 + size--); // [copy, keys..., copy]
        out.emit(Op.SWAP, 2); // [copy, keys..., copy, key]
        out.emit(Op.DELETE_SUBSCR); // [copy, keys...]
      }
      this.storeCapture(p.rest);
    } else {
      out.emit(Op.POP_TOP); // the tuple of keys
      out.emit(Op.POP_TOP); // the subject
    }
  }

  /**
   * 3.10: the sub-patterns of the tuple on top (counted in onTop), each given its item by
   * index (DUP_TOP, LOAD_CONST i, BINARY_SUBSCR; a wildcard is skipped); then the tuple goes.
   */
  private byIndex(patterns: A.Pattern[]): void {
    const out = this.out;
    patterns.forEach((q, i) => {
      if (isWildcard(q)) return;
      out.emit(Op.COPY, 1);
      out.loadInt(i);
      out.emit(Op.BINARY_SUBSCR);
      this.subpattern(q);
    });
    this.pc.onTop--;
    out.emit(Op.POP_TOP);
  }

  private classPattern(p: A.MatchClass): void {
    const out = this.out;
    const pc = this.pc;
    const nargs = p.patterns.length;
    const nattrs = p.kwdAttrs.length;
    // validate_kwd_attrs: errors point at the sub-pattern.
    for (let i = 0; i < nattrs; i++) {
      for (let j = i + 1; j < nattrs; j++) {
        if (p.kwdAttrs[i] === p.kwdAttrs[j]) {
          this.setLoc(p.kwdPatterns[j]);
          this.error(`attribute name repeated in class pattern: ${p.kwdAttrs[i]}`);
        }
      }
    }
    this.setLoc(p);
    out.expr(p.cls);
    out.loadNames(p.kwdAttrs);
    out.emit(Op.MATCH_CLASS, nargs);
    out.emit(Op.COPY, 1);
    out.loadNone();
    out.emit(Op.IS_OP, 1);
    // TOS is now a tuple of (nargs + nattrs) attributes (or None):
    pc.onTop++;
    this.jumpToFailPop(Op.POP_JUMP_IF_FALSE);
    // 3.10 compiler_pattern_class keeps the tuple of attributes on the stack (as mapping's values).
    if (R.minor === 10) return this.byIndex([...p.patterns, ...p.kwdPatterns]);
    out.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? p.patterns[i] : p.kwdPatterns[i - nargs];
      if (isWildcard(q)) {
        out.emit(Op.POP_TOP);
        continue;
      }
      this.subpattern(q);
    }
  }

  private or(p: A.MatchOr): void {
    const out = this.out;
    const end = new Label();
    const size = p.patterns.length;
    const old = this.pc;
    let control = null as string[] | null;
    // compiler_pattern_or's diff: 3.12+ point at the whole or-pattern, before at the alternative.
    const differ = (): never => {
      if (R.minor >= 12) this.setLoc(p);
      return this.error('alternative patterns bind different names');
    };
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      this.setLoc(alt);
      // An irrefutable sub-pattern must be last, if it is allowed at all:
      const pc: PatternContext = (this.pc = { stores: [], allowIrrefutable: i === size - 1 && old.allowIrrefutable, failPop: [], onTop: 0 });
      out.emit(Op.COPY, 1);
      this.pattern(alt);
      const nstores = pc.stores.length;
      if (control === null) {
        control = pc.stores;
      } else if (nstores !== control.length) {
        differ();
      } else if (nstores > 0) {
        // Reorder the captures on the stack to the order of the first alternative's.
        for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
          const istores = pc.stores.indexOf(control[icontrol]);
          if (istores < 0) differ();
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.rotate(icontrol + 1);
          }
        }
      }
      out.jump(Op.JUMP, end);
      this.emitAndResetFailPop();
    }
    this.pc = old;
    // No match. Pop the remaining copy of the subject and fail:
    out.emit(Op.POP_TOP);
    this.jumpToFailPop(Op.JUMP);
    out.bind(end);
    const names = control!;
    const nrots = names.length + 1 + old.onTop + old.stores.length;
    for (const name of names) {
      // Rotate this capture to its proper place on the stack:
      this.rotate(nrots);
      if (old.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`);
      old.stores.push(name);
    }
    // Pop the copy of the subject:
    out.emit(Op.POP_TOP);
  }
}

/** What a set of constants compares equal by: 1, 1.0 and True are one key. */
function keyIdentity(v: A.ConstantValue): string {
  if (typeof v === 'boolean') return `n:${v ? 1 : 0}`;
  if (typeof v === 'bigint') return `n:${v}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `n:${BigInt(v)}` : `n:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  if (v === null) return 'None';
  if (v.type === 'bytes') return `b:${Array.from(v.bytes).join(',')}`;
  if (v.type === 'complex') return v.imag === 0 ? keyIdentity(v.real ?? 0) : `c:${v.real ?? 0},${v.imag}`;
  return 'Ellipsis';
}

/** repr() of a pattern key, for the duplicate-key message. */
function constantRepr(v: A.ConstantValue): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null) return 'None';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e16 ? `${v}.0` : String(v);
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (v.type === 'bytes') return `b'${String.fromCharCode(...v.bytes)}'`;
  return String(v);
}
