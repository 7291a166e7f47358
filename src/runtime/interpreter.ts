// run(source): parse, compile and execute a script in the mini-runtime for one
// CPython version, capturing what CPython would print and how the run ended.
import { setScriptDirEntries } from './modules/collections-ready';
import { setFormatMinor } from './format/version';
import { getProfile, VersionId, VersionProfile } from '../profiles';
import { compileModule, compilerWarningsBefore } from './compiler/compile';
import { compileTemporaries } from './compiler/temporaries';
import { keysAfterCompile } from './compiler/keys-temporaries';
import { tupleTemporaries } from './compiler/const-cache';
import { parserFloats } from './compiler/parser-floats';
import { initDtoaState, dgStrtod } from './dtoa';
import { setStartCounts } from './gc-start';
import { CompileError, CodeUnit } from './compiler/unit';
import { ScopeError } from './compiler/scopes';
import { PyErr, RunStop, StopAtLine } from './errors';
import { Heap } from './heap';
import * as abs from './objects/abstract';
import { PyCode } from './objects/code';
import { frameFreeListTop, initFrameObjects, newModuleFrameObject } from './vm/frameobject';
import { PyBaseException, SystemExit, KeyError } from './objects/exceptions';
import { exceptionText } from './traceback';
import { finalizeMainAtExit } from './objects/finalize';
import { importModule, settleStartupRefcounts } from './modules';
import { flushIo, newTextIO, StdioMode } from './objects/textio';
import { initSmallInts, PyInt } from './objects/int';
import { newMainModule } from './objects/module';
import { isSubtype } from './objects/object';
import { initSingletons, None } from './objects/singletons';
import { initStrings, internStr, setStartupTypeDictNames } from './objects/str';
import { startupTypeDictNames } from './objects/startup-names';
import { initTuples, tupleSizeof } from './objects/tuple';
import { BEFORE_COMPILE, freeListTops, initFreeLists, leaveCompileTemporaries, leaveKeysTemporaries, leaveTupleTemporaries, settleStartupFreeLists, type StartupAdded, takeBlock } from './freelists';
import { newList, OBJ_BYTES as LIST_OBJ_BYTES } from './objects/list';
import { OBJ_BYTES as DICT_OBJ_BYTES, keysObjectBytes } from './objects/dict';
import { cacheCharacters, initBytes } from './objects/bytes';
import type { Token } from './syntax/tokenizer';
import { KEYWORDS } from './syntax/errors';
import { setComplexVersionSlots } from './objects/complexops';
import { R } from './state';
import { textWithCaret } from './syntax-error-display';
import { allBuiltinTypes, applyVersionEntries, inheritBuiltinSlots, resetBuiltinTypeCounts } from './objects/typeobject';
import { resetDescriptorCounts } from './objects/startup-refcounts';
import { settleStartupTypeRefcounts } from './objects/startup-type-refcounts';
import { parse } from './syntax/parse';
import type { SyntaxWarningInfo } from './syntax/lower-core';
import { Builtins } from './vm/call';
import { materialize, resetMadeConstants } from './materialize';
import { holdParserConstants, holdQualnameDot, holdTokenBytes } from './parser-arena';
import { evalFrame } from './vm/eval';
import { Frame } from './vm/frame';
import { VM } from './vm/vmstate';
import { timeAndTraceBudget } from './vm/budget';
import { makeBuiltins } from './builtins';
import { resetModules } from './modules';
import { resetStaticSubclasses } from './objects/heaptype';
import { resetMethodCache } from './objects/method-cache';
import { resetTypeDicts } from './objects/mappingproxy';
import { resetStaticTypeTuples } from './objects/static-type-tuples';
import './objects/all';
import { compilerIdentifiers } from './objects/identifiers';

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
  /**
   * The frames start-up left on the frame free list (3.8-3.10), first taken first, when the
   * start-up is not a plain one's: a sitecustomize runs code that leaves more (default: what
   * a plain start-up leaves).
   */
  readonly startupFrames?: readonly number[];
  /**
   * Per module, the frame free list (3.8-3.10) the script's first import of it leaves after
   * such a start-up, first taken first (importlib's Python code uses frames; see
   * vm/frameobject.ts framesAfterImport). Default: none, the list stays as it is.
   */
  readonly importFrames?: Readonly<Record<string, readonly number[]>>;
  /** Called where the script's code ended, before the interpreter's finalization (see Heap.scriptEnd). */
  readonly onScriptEnd?: (heap: Heap) => void;
  /**
   * Sources a start-up other than a plain one's compiles (a sitecustomize): from 3.9 the
   * tokenizer leaves each of their one-character tokens as a cached one-byte bytes object too.
   */
  readonly startupSources?: readonly string[];
  /**
   * Dicts and dict keys objects a start-up other than a plain one's leaves on their free lists
   * beyond what a plain one leaves: importing a sitecustomize frees dicts (default: none).
   */
  readonly startupFreeListsAdded?: StartupAdded;
  /**
   * Modules a start-up other than a plain one's has imported before the script runs (a .pth
   * file in site-packages that imports a package which imports math): the script's import of
   * one finds it in sys.modules (default: none beyond sys and builtins).
   */
  readonly startupModules?: readonly string[];
  /**
   * What a start-up other than a plain one's adds to the collector's counts at a script's
   * first line, per generation (a sitecustomize's import allocates; default: none).
   */
  readonly startupGcAdded?: readonly [number, number, number];
  /**
   * The names in the script's directory (os.listdir), which the path finder of a source
   * package's import caches (modules/collections-ready.ts). Default: the script's own alone.
   */
  readonly scriptDirEntries?: readonly string[];
  /**
   * A line of the module where the run ends as if the script ended there (exit 0), before
   * anything on it runs: a tool that appends a line to read the heap (the live-blocks oracle's
   * tracemalloc snapshot) has it compiled with the script, as CPython compiles it.
   */
  readonly stopAtLine?: number;
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

export function run(script: string, options: RunOptions): RunResult {
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
  setFormatMinor(R.minor);
  R.out = (s) => {
    stdout += s;
  };
  R.err = (s) => {
    stderr += s;
  };
  let warnings: readonly SyntaxWarningInfo[] = [];
  const done = (exitCode: number, end: RunEnd): RunResult => ({ stdout, stderr, exitCode, end, heap, warnings });
  // 3.8-3.10 read a file line by line (fgets) and end each line at its first NUL, so the next
  // line is read onto it; 3.11+ refuse the NUL (syntax/parse.ts).
  const source = R.minor <= 10 ? script.replace(/\0[^\n]*\n?/g, '') : script;
  // A UTF-8 BOM (kept by the caller as U+FEFF) stays on the first line tracebacks show
  // (linecache reads it); the SyntaxError's own text is built without it (syntaxErrorText).
  const sourceLines = source.split(/\r?\n/);
  const syntaxLines = source.replace(/^\ufeff/, '').split(/\r?\n/);

  const parsed = parse(source, R.minor, false, true);
  if (!parsed.ok) {
    const e = parsed.error;
    if (e.kind === 'Unsupported') {
      stderr += `${filename}:${e.line}: ${e.message}\n`;
      return done(1, { kind: 'stop', reason: 'unsupported', message: e.message, line: e.line });
    }
    // A SyntaxWarning is printed as it is issued, before the error that stops the parse (or the compiler).
    warnings = parsed.compiler ? [...parsed.warnings, ...compilerWarningsBefore(parsed.compiler.module, parsed.compiler.at)] : parsed.warnings;
    for (const w of warnings) stderr += warningText(filename, w, sourceLines);
    stderr += syntaxErrorText(e.filename ?? filename, e, syntaxLines, e.kind, e.message);
    return done(1, { kind: 'syntax', type: e.kind, message: e.message, line: e.line });
  }
  let unit: CodeUnit;
  try {
    unit = compileModule(parsed.module);
  } catch (e) {
    if (e instanceof CompileError || e instanceof ScopeError) {
      warnings = [...parsed.warnings, ...(e instanceof CompileError ? e.warnings : [])];
      for (const w of warnings) stderr += warningText(filename, w, sourceLines);
      stderr += syntaxErrorText(filename, { line: e.line, col: 0 }, syntaxLines, 'SyntaxError', e.message);
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
  resetDescriptorCounts(R.minor, allBuiltinTypes());
  VM.reset(1 << 16, Date.now() + (options.timeBudgetMs ?? 10_000));
  heap.checkLimits = timeAndTraceBudget;
  VM.stepBudget = options.stepBudget ?? 50_000_000;
  VM.stopLine = options.stopAtLine ?? 0;
  // The module's own frame counts toward the recursion limit, as in CPython.
  VM.depth = 1;
  initFreeLists();
  initDtoaState(R.minor);
  initSingletons();
  R.filename = filename;
  // 3.13's traceback.py reads the script through linecache with its BOM removed (tokenize.open).
  R.sourceLines = R.minor >= 13 ? syntaxLines : sourceLines;
  R.done = new Set();
  R.stdout = newTextIO(1, options.stdio ?? 'unbuffered');
  R.stderr = newTextIO(2, options.stdio ?? 'unbuffered');
  initSmallInts();
  setStartupTypeDictNames(startupTypeDictNames(R.minor));
  initStrings();
  initTuples();
  initBytes();
  setComplexVersionSlots();
  resetModules();
  resetStaticSubclasses();
  resetTypeDicts();
  resetStaticTypeTuples();
  resetMethodCache();
  heap.resumeLine(0);
  occupyStartupPools(heap, profile);
  const builtins = makeBuiltins();
  Builtins.dict = builtins;
  const globals = newMainModule(builtins, filename).md_dict;
  // sys is loaded before any script runs in CPython, so its objects are start-up's too.
  abs.decref(importModule('sys'));
  // Start-up's collections left its objects older than the script's (measured: __main__'s dict
  // in generation 1, in 2 on this machine's 3.11), so a collection finds the script's first.
  heap.gc.promoteAll(R.minor === 11 ? 2 : 1);
  settleStartupRefcounts();
  settleStartupTypeRefcounts(R.minor, allBuiltinTypes());
  for (const name of options.startupModules ?? []) abs.decref(importModule(name));
  // The model's start-up objects are among the blocks CPython counts at start; the script's
  // constants, made next, are the script's own (CPython's count includes them too).
  heap.startupOffset = profile.startupBlocks - heap.pymalloc.getAllocatedBlocks();
  let code: PyCode;
  try {
    resetMadeConstants(parserIdentifiers(parsed.tokens, unit));
    code = materialize(unit);
    if (R.minor === 8) holdParserIdentifiers(parsed.tokens);
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
  }, options.startupFreeListsAdded);
  initFrameObjects(options.startupFrames, options.importFrames);
  setScriptDirEntries(options.scriptDirEntries ?? [filename.slice(filename.lastIndexOf('/') + 1)]);
  // Up to 3.10 the module's frame object exists before its first line, as start-up's did.
  const moduleFrameObject = newModuleFrameObject(code);
  // What start-up leaves on the free lists is part of CPython's start-up count too.
  heap.startupOffset -= heap.pymalloc.getAllocatedBlocks() - beforeSettle;
  // What compiling this script left beyond an empty script's is the script's own, as in CPython.
  leaveCompileTemporaries(compileTemporaries(unit.scope, R.minor), { list: LIST_OBJ_BYTES, dict: DICT_OBJ_BYTES });
  leaveTupleTemporaries(tupleTemporaries(unit, R.minor, BEFORE_COMPILE[R.minor]), (n) => 16 + tupleSizeof(n));
  leaveKeysTemporaries((start) => keysAfterCompile(unit, R.minor, start), keysObjectBytes(3, true));
  // The parser read each float literal with _Py_dg_strtod (parsenumber_raw) before anything ran.
  for (const t of parsed.tokens) if (t.type === 'NUMBER' && isDecimalFloat(t.text)) dgStrtod(t.text.replace(/_/g, '').replace(/[jJ]$/, ''));
  // The parser's floats live until the script ends, in blocks they took off the float free list.
  for (let n = parserFloats(parsed.module, R.minor); n > 0 && takeBlock('float') !== 0; n--);
  if (R.minor <= 10) {
    const tokens = [...parsed.tokens];
    for (const src of options.startupSources ?? []) {
      const p = parse(src, R.minor);
      if (p.ok) tokens.push(...p.tokens);
    }
    cacheCharacters(startupCharacters(tokens, options.environ ?? ORACLE_ENVIRON));
  }
  holdTokenBytes(parsed.tokens);
  holdParserConstants(parsed.module, source);
  holdQualnameDot(unit);
  // The collector's counts as start-up and compiling the script leave them in CPython.
  setStartCounts(heap.gc, unit, R.minor, options.startupGcAdded, options.startupGcAdded === undefined ? 0 : options.startupFreeListsAdded?.dict);
  // 3.10: the C identifiers compiling the script used first take their indices.
  compilerIdentifiers(unit.scope);
  const frame = new Frame(code, null, globals, builtins, globals);
  frame.frameObject = moduleFrameObject;
  /** The run cannot go on: a budget, something not modelled, the engine's own limits or a bug; `atExit` in Py_FinalizeEx's finalizers. */
  const stopped = (e: unknown, atExit: boolean): RunResult => {
    let end: Exclude<RunEnd, { kind: 'ok' | 'exception' | 'syntax' }>;
    if (e instanceof RunStop) end = { kind: 'stop', reason: e.kind, message: e.message, line: e.line || (atExit ? heap.line : 0) };
    else if (e instanceof RangeError && /call stack/.test(e.message)) {
      end = { kind: 'stop', reason: 'steps', message: 'the script recursed deeper than the runtime can follow', line: heap.line };
    } else if (e instanceof RangeError && tooLarge(e.message)) {
      // A size the budget checks did not see before the engine refused it: the script's
      // huge request, reported as the heap budget's stop (CPython would raise MemoryError).
      const message = `the script asked for an object larger than the modeled heap may hold (${Math.round(heap.budgetBytes / 1048576)} MiB)`;
      end = { kind: 'stop', reason: 'heap', message, line: heap.line };
    } else end = { kind: 'internal', message: `internal error in the Arena Lens runtime: ${e instanceof Error ? e.message : String(e)}`, line: heap.line };
    // The script itself ended; what stopped is a __del__ or a generator's finally the exit ran.
    if (atExit) end = { ...end, message: `${end.message} in the finalization at exit (a __del__ or a generator's finally, run after the script ended)` };
    stderr += `${filename}:${end.line}: ${end.message}\n`;
    return done(1, end);
  };
  let status = 0;
  let end: RunEnd = { kind: 'ok' };
  let flushed = false;
  try {
    abs.decref(evalFrame(frame));
  } catch (e) {
    // The tool's line ends the run as the end of the script would, before the exit's finalizers.
    if (e instanceof StopAtLine) return done(0, { kind: 'ok' });
    if (!(e instanceof PyErr)) return stopped(e, false);
    // PyRun_SimpleFileExFlags: flush_io before the exception is handled, as no line's code.
    heap.resumeLine(0);
    flushed = true;
    try {
      freeParserArena();
      flushIo();
    } catch (stop) {
      return stopped(stop, false);
    }
    const exc = e.exc as PyBaseException;
    if (isSubtype(exc.ob_type, SystemExit)) {
      status = systemExitCode(exc);
      // handle_system_exit drops the exception (and what its traceback held) before finalizing.
      abs.decref(exc);
    } else {
      // sys.excepthook is called here, before the traceback is printed (its suggestions look
      // names up): the script's end as a hook's snapshot sees it.
      markScriptEnd(heap, options.onScriptEnd);
      const text = exceptionText(exc, filename, R.sourceLines);
      heap.scriptEnd!.linesEnd = heap.trace.length;
      stderr += text;
      status = 1;
      end = { kind: 'exception', type: exc.ob_type.tp_name, message: lastLine(text), line: exc.traceback[exc.traceback.length - 1]?.tb_lineno ?? 0 };
    }
  }
  // Py_FinalizeEx, however the script ended: a finalizer's failure is only reported (by it); a stop ends the run there.
  if (heap.scriptEnd === null) markScriptEnd(heap, options.onScriptEnd);
  try {
    // A script that ran to its end has flush_io now, after the code (and the oracle's snapshot).
    if (!flushed) {
      freeParserArena();
      flushIo();
    }
    finalizeMainAtExit(globals);
  } catch (e) {
    if (!(e instanceof PyErr)) return stopped(e, true);
  }
  return done(status, end);
}

/**
 * The engine's RangeErrors for a string, buffer or bigint too large to make. A typed array's
 * must name a huge length: a negative one (or an array's "Invalid array length") is a bug's.
 */
function tooLarge(message: string): boolean {
  if (/^(Invalid string length|Array buffer allocation failed|Maximum BigInt size exceeded)/.test(message)) return true;
  const m = /^Invalid typed array length: (-?\d+)/.exec(message);
  return m !== null && Number(m[1]) >= 2 ** 28;
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1];
}

/**
 * _PyArena_Free once run_mod returns (pyrun_file), before flush_io: the parser's list of the
 * objects it made (the arena's a_objects) is released, onto the list free list. Its items are
 * the code's constants and names (held by the code) or not modelled.
 */
function freeParserArena(): void {
  R.heap.decref(newList(0, false));
}

/** The script's code is done: what follows is the interpreter's finalization (see Heap.scriptEnd). */
function markScriptEnd(heap: Heap, onScriptEnd: RunOptions['onScriptEnd']): void {
  const tops = freeListTops();
  // Up to 3.10 frames have a free list of their own (frameobject.c), next to the types' lists.
  if (R.minor <= 10) tops.set('frame', frameFreeListTop());
  heap.scriptEnd = { event: heap.trace.length, freeListTops: tops, linesEnd: heap.trace.length };
  onScriptEnd?.(heap);
  // Finalization is no line's: what it frees is not the last line's doing (a finalizer's code has its own lines).
  heap.resumeLine(0);
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

/**
 * The SyntaxError the parser or the compiler raised, as print_exception writes it: CPython's
 * SyntaxError holds the line as its text, the 1-based column as its offset and, from 3.10, the
 * range's end; drawn as a raised one's is (syntax-error-display.ts).
 */
function syntaxErrorText(filename: string, at: { line: number; col: number; endLine?: number; endCol?: number; text?: string; bytes?: true; bom?: 'text' | 'shift' }, lines: string[], kind: string, message: string): string {
  const { line } = at;
  // Line 0 (3.8-3.9's compiler errors with no location): no text, no caret.
  if (line === 0) return `  File "${filename}", line 0\n${kind}: ${message}\n`;
  // The text is the line as read, with its newline (none after the last line, none past the end).
  const text = at.text ?? (line < lines.length ? `${lines[line - 1]}\n` : lines[line - 1] ?? '');
  let ranged = R.minor >= 10 && at.endLine !== undefined;
  // 3.12's NEWLINE token ends past the newline on its own line (end_offset is the line's length + 1).
  if (R.minor === 12 && ranged && at.endLine === line + 1 && at.endCol === 0 && text.endsWith('\n')) {
    at = { ...at, endLine: line, endCol: Array.from(text).length };
    ranged = true;
  }
  // Columns in code points, or in the UTF-8 bytes before them where CPython's offsets count those.
  const inUnits = (t: string, c: number): number => {
    if (!at.bytes) return c;
    const cps = Array.from(t);
    return new TextEncoder().encode(cps.slice(0, c).join('')).length + Math.max(0, c - cps.length);
  };
  let col = at.col < 0 ? at.col : inUnits(text, at.col);
  let endCol = ranged ? inUnits(at.endLine === line ? text : lines[at.endLine! - 1] ?? '', at.endCol!) : 0;
  let shownText = text;
  if (at.bom && line === 1 && at.text === undefined) {
    shownText = `\ufeff${text}`;
    if (at.bom === 'shift') {
      // The unexpected INDENT is at its width (the model's col stands for the caret drawn without a BOM).
      const indent = message === 'unexpected indent' ? text.length - text.replace(/^[ \t\f]+/, '').length : null;
      col = bomOffset(text, indent ?? col + 1) - 1;
      // A NEWLINE token ends on its own line: where it starts (3.10-3.11) or one past (3.12+).
      if (ranged && at.endLine === line + 1 && at.endCol === 0) endCol = R.minor >= 12 ? col + 1 : col;
      else if (ranged && at.endLine === line) endCol = bomOffset(text, endCol + 1) - 1;
    }
  }
  const past = ranged && at.endLine! > line && !(at.bom === 'shift' && shownText !== text && at.endLine === line + 1 && at.endCol === 0);
  const shown = textWithCaret(shownText, col < 0 ? null : col + 1, ranged ? endCol + 1 : null, past);
  return `  File "${filename}", line ${line}\n${shown.join('')}${kind}: ${message}\n`;
}

/**
 * Pegen.c _PyPegen_byte_offset_to_character_offset on a BOM file's first line: the offset
 * counts bytes of the line without the BOM, the characters are counted in the text with it
 * (decoded with errors='replace', so a cut sequence is one character).
 */
function bomOffset(text: string, offset: number): number {
  if (offset <= 0) return offset;
  const bytes = new TextEncoder().encode(`\ufeff${text}`);
  const cut = bytes.subarray(0, Math.min(offset, bytes.length + 1));
  return Array.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(cut)).length;
}

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
/**
 * The identifiers the parser made: every NAME token but a keyword, and the names the code
 * uses (which also covers the expressions inside f-strings, one STRING token each).
 */
function parserIdentifiers(tokens: readonly Token[], unit: CodeUnit): Set<string> {
  const ids = new Set<string>();
  for (const t of tokens) if (t.type === 'NAME' && !KEYWORDS.has(t.text)) ids.add(t.text);
  const visit = (u: CodeUnit): void => {
    for (const n of u.names) ids.add(n);
    for (const n of [...u.scope.varnames, ...u.scope.cellvars, ...u.scope.freevars]) ids.add(n);
    for (const k of u.consts) if (k.t === 'code') visit(k.unit);
  };
  visit(unit);
  return ids;
}

/**
 * 3.8's parser (Python/ast.c new_identifier) interns each NAME it turns into an identifier and
 * hands the reference to the arena, which the script's run keeps: one reference per occurrence.
 * (3.9-3.11's PEG parser makes one per attempt at a rule that reads the NAME, which depends on
 * the grammar's backtracking: not modelled. 3.12+ identifiers are immortal.)
 */
function holdParserIdentifiers(tokens: readonly Token[]): void {
  for (const t of tokens) if (t.type === 'NAME' && !KEYWORDS.has(t.text)) internStr(t.text);
}

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

export { KeyError };

/** A float or imaginary literal's text (hex digits may be e's; those are ints). */
function isDecimalFloat(text: string): boolean {
  return !/^0[xXoObB]/.test(text) && /[.eEjJ]/.test(text);
}
