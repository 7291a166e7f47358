// run(source): parse, compile and execute a script in the mini-runtime for one
// CPython version, capturing what CPython would print and how the run ended.
import { getProfile, VersionId, VersionProfile } from '../profiles';
import { compileModule } from './compiler/compile';
import { compileTemporaries } from './compiler/temporaries';
import { Op } from './compiler/opcodes';
import { keysAfterCompile } from './compiler/keys-temporaries';
import { cpythonLocals, inlinedLocals, isInlined, specKey, tupleTemporaries } from './compiler/const-cache';
import { parserFloats } from './compiler/parser-floats';
import { CompileError, CodeUnit, ConstSpec } from './compiler/unit';
import { ScopeError } from './compiler/scopes';
import { PyErr, RunStop } from './errors';
import { Heap } from './heap';
import * as abs from './objects/abstract';
import { PyCode, codeType } from './objects/code';
import { unitStacksize } from './compiler/stackdepth';
import { initFrameObjects, newModuleFrameObject } from './vm/frameobject';
import { PyBaseException, SystemExit, KeyError } from './objects/exceptions';
import { exceptionText } from './traceback';
import { finalizeMainAtExit } from './objects/finalize';
import { importModule } from './modules';
import { newTextIO, StdioMode } from './objects/textio';
import { newFloat } from './objects/float';
import { initSmallInts, newIntBig, PyInt } from './objects/int';
import { newMainModule } from './objects/module';
import { isSubtype, PyObject } from './objects/object';
import { Ellipsis, False, initSingletons, None, True } from './objects/singletons';
import { initStrings, internStr, newStr } from './objects/str';
import { initTuples, newTuple, tupleSizeof } from './objects/tuple';
import { initFreeLists, leaveCompileTemporaries, leaveKeysTemporaries, leaveTupleTemporaries, settleStartupFreeLists, takeBlock } from './freelists';
import { OBJ_BYTES as LIST_OBJ_BYTES } from './objects/list';
import { OBJ_BYTES as DICT_OBJ_BYTES, keysObjectBytes, PyDict } from './objects/dict';
import { cacheCharacters, initBytes, newBytes } from './objects/bytes';
import type { Token } from './syntax/tokenizer';
import { newComplex } from './objects/complex';
import { setComplexVersionSlots } from './objects/complexops';
import { setBytesVersionMethods } from './objects/bytes-methods';
import { frozensetType, newSet } from './objects/set';
import { R } from './state';
import { applyVersionEntries, inheritBuiltinSlots, resetBuiltinTypeCounts } from './objects/typeobject';
import { parse } from './syntax/parse';
import type { SyntaxWarningInfo } from './syntax/lower-core';
import { Builtins } from './vm/call';
import { jumpTargets, LINE_MASK, markRangeStarts } from './vm/line-ranges';
import { evalFrame } from './vm/eval';
import { Frame } from './vm/frame';
import { VM } from './vm/vmstate';
import { makeBuiltins } from './builtins';
import { resetModules } from './modules';
import { resetHooks } from './vm/hooks';
import { resetStaticSubclasses } from './objects/heaptype';
import './objects/all';

export interface RunOptions {
  readonly version: VersionId;
  readonly filename?: string;
  /** Line executions before the run is stopped. */
  readonly stepBudget?: number;
  readonly timeBudgetMs?: number;
  readonly heapBudgetBytes?: number;
  /** Bytes the trace may take before the run stops (default: the heap's traceBudgetBytes). */
  readonly traceBudgetBytes?: number;
  /**
   * The environment the script would run in (os.environ): up to 3.10 its one-character names
   * and values leave objects at start-up. Default ORACLE_ENVIRON.
   */
  readonly environ?: Readonly<Record<string, string | undefined>>;
  /** How sys.stdout and sys.stderr buffer, as CPython's would in the same place (default 'unbuffered', as PYTHONUNBUFFERED=1 makes them). */
  readonly stdio?: StdioMode;
}

/** How a run ended, as data: a Python-level outcome or a stop of the runtime. */
export type RunEnd =
  | { readonly kind: 'ok' }
  | { readonly kind: 'exception'; readonly type: string; readonly message: string; readonly line: number }
  | { readonly kind: 'syntax'; readonly type: string; readonly message: string; readonly line: number }
  | { readonly kind: 'stop'; readonly reason: RunStop['kind']; readonly message: string; readonly line: number }
  | { readonly kind: 'internal'; readonly message: string; readonly line: number };

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly end: RunEnd;
  readonly heap: Heap;
  /** The SyntaxWarnings the script's parse and compilation printed (also in stderr). */
  readonly warnings: readonly SyntaxWarningInfo[];
}

export function run(source: string, options: RunOptions): RunResult {
  const filename = options.filename ?? '<string>';
  const profile = getProfile(options.version);
  const heap = new Heap(profile);
  if (options.heapBudgetBytes !== undefined) heap.budgetBytes = options.heapBudgetBytes;
  if (options.traceBudgetBytes !== undefined) heap.traceBudgetBytes = options.traceBudgetBytes;
  let stdout = '';
  let stderr = '';
  R.heap = heap;
  R.profile = profile;
  R.minor = profile.versionInfo[1];
  R.out = (s) => {
    stdout += s;
  };
  R.err = (s) => {
    stderr += s;
  };
  let warnings: readonly SyntaxWarningInfo[] = [];
  const done = (exitCode: number, end: RunEnd): RunResult => ({ stdout, stderr, exitCode, end, heap, warnings });
  const sourceLines = source.split(/\r?\n/);

  const parsed = parse(source, R.minor);
  if (!parsed.ok) {
    const e = parsed.error;
    if (e.kind === 'Unsupported') {
      stderr += `${filename}:${e.line}: ${e.message}\n`;
      return done(1, { kind: 'stop', reason: 'unsupported', message: e.message, line: e.line });
    }
    stderr += syntaxErrorText(filename, e.line, e.col, sourceLines, e.kind, e.message);
    return done(1, { kind: 'syntax', type: e.kind, message: e.message, line: e.line });
  }
  let unit: CodeUnit;
  try {
    unit = compileModule(parsed.module);
  } catch (e) {
    if (e instanceof CompileError || e instanceof ScopeError) {
      stderr += syntaxErrorText(filename, e.line, 0, sourceLines, 'SyntaxError', e.message);
      return done(1, { kind: 'syntax', type: 'SyntaxError', message: e.message, line: e.line });
    }
    throw e;
  }
  // What the parser and the compiler warned about is printed before the script runs.
  warnings = [...parsed.warnings, ...unit.warnings];
  for (const w of warnings) stderr += warningText(filename, w, sourceLines);

  inheritBuiltinSlots();
  resetBuiltinTypeCounts();
  applyVersionEntries(R.minor);
  VM.reset(1 << 16, Date.now() + (options.timeBudgetMs ?? 10_000));
  VM.stepBudget = options.stepBudget ?? 50_000_000;
  // The module's own frame counts toward the recursion limit, as in CPython.
  VM.depth = 1;
  initFreeLists();
  initSingletons();
  R.filename = filename;
  R.sourceLines = sourceLines;
  R.done = new Set();
  R.stdout = newTextIO(1, options.stdio ?? 'unbuffered');
  R.stderr = newTextIO(2, options.stdio ?? 'unbuffered');
  initSmallInts();
  initStrings();
  initTuples();
  initBytes();
  setComplexVersionSlots();
  setBytesVersionMethods();
  resetModules();
  resetHooks();
  resetStaticSubclasses();
  heap.resumeLine(0);
  occupyStartupPools(heap, profile);
  const builtins = makeBuiltins();
  Builtins.dict = builtins;
  const globals = newMainModule(builtins, filename).md_dict;
  // sys is loaded before any script runs in CPython, so its objects are start-up's too.
  abs.decref(importModule('sys'));
  // The model's start-up objects are among the blocks CPython counts at start; the script's
  // constants, made next, are the script's own (CPython's count includes them too).
  heap.startupOffset = profile.startupBlocks - heap.pymalloc.getAllocatedBlocks();
  let code: PyCode;
  try {
    madeStrs = new Map();
    madeCodes = new Map();
    code = materialize(unit);
  } catch (e) {
    if (e instanceof RunStop) {
      stderr += `${filename}:${e.line}: ${e.message}\n`;
      return done(1, { kind: 'stop', reason: e.kind, message: e.message, line: e.line });
    }
    throw e;
  }
  const beforeSettle = heap.pymalloc.getAllocatedBlocks();
  settleStartupFreeLists({
    float: 24,
    list: LIST_OBJ_BYTES,
    dict: DICT_OBJ_BYTES,
    dictKeys: keysObjectBytes(3, true),
    tuple: (n) => 16 + tupleSizeof(n),
  });
  initFrameObjects();
  // Up to 3.10 the module's frame object exists before its first line, as start-up's did.
  const moduleFrameObject = newModuleFrameObject(code);
  // What start-up leaves on the free lists is part of CPython's start-up count too.
  heap.startupOffset -= heap.pymalloc.getAllocatedBlocks() - beforeSettle;
  // What compiling this script left beyond an empty script's is the script's own, as in CPython.
  leaveCompileTemporaries(compileTemporaries(unit.scope, R.minor), { list: LIST_OBJ_BYTES, dict: DICT_OBJ_BYTES });
  leaveTupleTemporaries(tupleTemporaries(unit, R.minor), (n) => 16 + tupleSizeof(n));
  leaveKeysTemporaries((start) => keysAfterCompile(unit, R.minor, start), keysObjectBytes(3, true));
  // The parser's floats live until the script ends, in blocks they took off the float free list.
  for (let n = parserFloats(parsed.module, R.minor); n > 0 && takeBlock('float') !== 0; n--);
  if (R.minor <= 10) cacheCharacters(startupCharacters(parsed.tokens, options.environ ?? ORACLE_ENVIRON));
  const frame = new Frame(code, null, globals, builtins, globals);
  frame.frameObject = moduleFrameObject;
  try {
    const r = evalFrame(frame);
    abs.decref(r);
    finalizeMainAtExit(globals);
    return done(0, { kind: 'ok' });
  } catch (e) {
    if (e instanceof PyErr) {
      const exc = e.exc as PyBaseException;
      if (isSubtype(exc.ob_type, SystemExit)) {
        const status = systemExitCode(exc);
        // handle_system_exit drops the exception (and what its traceback held) before finalizing.
        abs.decref(exc);
        exitFinalizers(globals);
        return done(status, { kind: 'ok' });
      }
      const text = exceptionText(exc, filename, sourceLines);
      stderr += text;
      exitFinalizers(globals);
      const line = exc.traceback[exc.traceback.length - 1]?.tb_lineno ?? 0;
      return done(1, { kind: 'exception', type: exc.ob_type.tp_name, message: lastLine(text), line });
    }
    if (e instanceof RunStop) {
      stderr += `${filename}:${e.line}: ${e.message}\n`;
      return done(1, { kind: 'stop', reason: e.kind, message: e.message, line: e.line });
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      const msg = 'the script recursed deeper than the runtime can follow';
      stderr += `${filename}:${heap.line}: ${msg}\n`;
      return done(1, { kind: 'stop', reason: 'steps', message: msg, line: heap.line });
    }
    const msg = `internal error in the Arena Lens runtime: ${e instanceof Error ? e.message : String(e)}`;
    stderr += `${filename}:${heap.line}: ${msg}\n`;
    return done(1, { kind: 'internal', message: msg, line: heap.line });
  }
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1];
}

/** Py_FinalizeEx after SystemExit or an uncaught exception: the finalizers still run (their failures are only reported). */
function exitFinalizers(globals: PyDict): void {
  try {
    finalizeMainAtExit(globals);
  } catch (e) {
    if (!(e instanceof PyErr) && !(e instanceof RunStop)) throw e;
  }
}

function systemExitCode(exc: PyBaseException): number {
  const a = exc.args.items;
  if (a.length === 0 || a[0] === None) return 0;
  if (a[0] instanceof PyInt) return a[0].toNumber();
  R.err(abs.str(a[0]) + '\n');
  return 1;
}

/** _warnings.c show_warning: `file:line: SyntaxWarning: message` and the line, stripped. */
function warningText(filename: string, w: SyntaxWarningInfo, lines: string[]): string {
  const src = (lines[w.line - 1] ?? '').trim();
  return `${filename}:${w.line}: SyntaxWarning: ${w.message}\n${src === '' ? '' : `  ${src}\n`}`;
}

function syntaxErrorText(filename: string, line: number, col: number, lines: string[], kind: string, message: string): string {
  const src = lines[line - 1] ?? '';
  const stripped = src.trimStart();
  const caret = col < 0 ? '' : `    ${' '.repeat(Math.max(0, col - (src.length - stripped.length)))}^\n`;
  return `  File "${filename}", line ${line}\n    ${stripped}\n${caret}${kind}: ${message}\n`;
}

/**
 * The main script's parser arena stays alive while the script runs (Python/pythonrun.c
 * pyrun_file keeps the arena until run_mod returns) and its list holds one reference to
 * every constant the parser (or the AST optimizer) created: one more than co_consts.
 * Identifier-like str constants are left out: interning may swap the object (and the
 * parser's identifiers hold references of their own).
 */
function parserArenaRef(o: PyObject): PyObject {
  R.heap.incref(o);
  return o;
}

/** Turn a compiled unit into a code object, creating its constants as CPython's compiler does. */
/**
 * CPython's start-up leaves blocks in use in a pool of every size class (measured with
 * sys._debugmallocstats() at a script's start, 3.8-3.13): one block per class stands for
 * them, so a script's lone object freed does not empty its pool for another size class
 * to take, where CPython's pool would stay in use.
 */
function occupyStartupPools(heap: Heap, profile: VersionProfile): void {
  const { alignment, smallRequestThreshold } = profile.obmalloc;
  for (let size = alignment; size <= smallRequestThreshold; size += alignment) heap.malloc(size, 'start-up');
}

/**
 * The bytes 3.8-3.10's start-up makes one-byte objects of: one-character names and values
 * of os.environ (posix.environ holds them as bytes), and from 3.9 the script's
 * one-character names, numbers and operators (Parser/pegen.c _PyPegen_fill_token keeps
 * each token's text as bytes).
 */
function startupCharacters(tokens: readonly Token[], environ: Readonly<Record<string, string | undefined>>): Set<number> {
  const codes = new Set<number>();
  const add = (text: string): void => {
    if (text.length === 1 && text.charCodeAt(0) < 128) codes.add(text.charCodeAt(0));
  };
  for (const [k, v] of Object.entries(environ)) {
    add(k);
    if (v !== undefined) add(v);
  }
  if (R.minor >= 9) {
    for (const t of tokens) if (t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'OP') add(t.text);
  }
  return codes;
}

/** The environment the tests run CPython in, and a run's when it is given none. */
export const ORACLE_ENVIRON: Readonly<Record<string, string>> = { PYTHONHASHSEED: '0', PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1' };

function materialize(u: CodeUnit): PyCode {
  const c = new PyCode(codeType);
  R.heap.newStatic(c, 176);
  c.ob_refcnt = 1;
  c.name = u.name;
  c.qualname = u.qualname;
  c.argcount = u.argcount;
  c.posonlyargcount = u.posonlyargcount;
  c.kwonlyargcount = u.kwonlyargcount;
  c.flags = u.flags;
  c.firstLine = u.firstLine;
  c.varnames = u.scope.isFunctionLike ? u.scope.varnames : [];
  c.cellvars = u.scope.cellvars;
  c.freevars = u.scope.freevars;
  c.names = u.names.map((n) => internStr(n));
  // 3.12+ inline a list, set or dict comprehension: its `.0` is no name of any code.
  const locals = [...c.varnames, ...c.cellvars, ...c.freevars].filter((n) => n !== '.0' || !isInlined(u, R.minor));
  c.localNames = locals.map((n) => internStr(n));
  c.consts = u.consts.map(constObject);
  c.code = Int32Array.from(u.code);
  if (R.minor <= 9) threadJumps(c.code);
  // compiler_call_helper: a call's lone `*a` passes a itself; CALL_FUNCTION_EX makes the tuple.
  for (const x of u.loneStarred) {
    if (u.code[x.build] !== Op.BUILD_LIST) continue;
    c.code[x.build] = c.code[x.merge] = c.code[x.merge + 2] = Op.NOP;
  }
  c.lines = Int32Array.from(u.lines);
  for (const i of u.silent) c.lines[i] = -Math.abs(c.lines[i]);
  if (R.minor <= 9) markRangeStarts(c.lines, u.firstLine, u.restarts);
  if (R.minor === 12) c.jumpTargets = jumpTargets(c.code);
  // The line a clause's name cleanup goes on with: the one of the instruction before it.
  if (R.minor === 9 && u.namedHandlers.length > 0) c.handlerExits = Int32Array.from(u.namedHandlers.flatMap((h) => [h.from, h.to, Math.abs(c.lines[(h.to >> 1) - 1]) & LINE_MASK]));
  if (u.quietBackEdges.length > 0) c.quietBackEdges = new Set(u.quietBackEdges);
  c.positions = Int32Array.from(u.positions);
  if (u.callStars.length > 0) c.callStars = new Map(u.callStars.map((p) => [p, u.loneStarred.some((x) => x.merge === p)]));
  c.stacksize = unitStacksize(u, R.minor);
  c.inlinedLocals = inlinedLocals(u, R.minor);
  if (R.minor >= 12 && u.consts.some((k) => k.t === 'code' && isInlined(k.unit, R.minor))) c.shown = cpythonLocals(u, R.minor);
  return c;
}

/**
 * 3.8 and 3.9's peephole optimizer (Python/peephole.c): a jump to an unconditional jump goes
 * straight to that one's target, so `if a or b: continue` skips the continue's line when a
 * is true, and line tracing never sees it then.
 */
function threadJumps(code: Int32Array): void {
  for (let pc = 0; pc < code.length; pc += 2) {
    const op = code[pc];
    if (op !== Op.POP_JUMP_IF_FALSE && op !== Op.POP_JUMP_IF_TRUE && op !== Op.JUMP) continue;
    let target = code[pc + 1];
    for (let hops = 0; code[target] === Op.JUMP && code[target + 1] !== target && hops < 8; hops++) target = code[target + 1];
    code[pc + 1] = target;
  }
}

/**
 * The strings the compiler made (annotation texts under `from __future__ import annotations`):
 * compiler_add_const's cache (c_const_cache, one per module) makes equal ones one object,
 * and no parser arena holds them.
 */
let madeStrs = new Map<string, PyObject>();
/** The code objects made so far, by what code_richcompare compares (3.8-3.10, const-cache.ts specKey). */
let madeCodes = new Map<string, PyCode>();

function madeStr(v: string): PyObject {
  const known = madeStrs.get(v);
  if (known !== undefined) return abs.incref(known);
  const o = /^[A-Za-z0-9_]*$/.test(v) ? internStr(v) : newStr(v);
  madeStrs.set(v, o);
  return o;
}

function constObject(k: ConstSpec): PyObject {
  switch (k.t) {
    case 'none':
      R.heap.incref(None);
      return None;
    case 'ellipsis':
      R.heap.incref(Ellipsis);
      return Ellipsis;
    case 'bool': {
      const b = k.v ? True : False;
      R.heap.incref(b);
      return b;
    }
    case 'int':
      return parserArenaRef(newIntBig(k.v));
    case 'float':
      return parserArenaRef(newFloat(k.v));
    case 'str':
      if (k.made) return madeStr(k.v);
      // all_name_chars: identifier-like constants are interned (Objects/codeobject.c).
      // Others are the parser's own objects, so the arena's reference is theirs too.
      return /^[A-Za-z0-9_]*$/.test(k.v) ? internStr(k.v) : parserArenaRef(newStr(k.v));
    case 'tuple':
      return newTuple(k.items.map(constObject));
    case 'frozenset': {
      // PyFrozenSet_New over the tuple of constants: one insert per item, in order.
      const s = newSet(frozensetType);
      for (const it of k.items) {
        const o = constObject(it);
        s.add(o, abs.hash(o));
        abs.decref(o);
      }
      // merge_consts_recursive (Python/compile.c) rebuilds it from its own iteration order.
      const again = newSet(frozensetType);
      for (const o of s.items()) again.add(o, abs.hash(o));
      abs.decref(s);
      return again;
    }
    case 'code': {
      // compile.c merge_consts_recursive, code_richcompare: equal code objects are one constant,
      // so two alike lambdas on one line share theirs. From 3.11 the columns in their position
      // tables mostly tell them apart (not 3.12's that return a constant).
      const key = specKey(k, R.minor);
      const known = madeCodes.get(key);
      // compiler_add_o gives the merged constant one co_consts entry, so one reference: the
      // model's second entry holds none (code objects are never freed).
      if (known !== undefined) return known;
      const c = materialize(k.unit);
      madeCodes.set(key, c);
      return c;
    }
    case 'bytes':
      return newBytes(k.v.slice());
    case 'complex':
      return newComplex(k.real ?? 0, k.imag);
  }
}

export { KeyError };
