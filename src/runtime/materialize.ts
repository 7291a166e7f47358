// The objects of a compiled script's code and constants (Python/compile.c makecode,
// merge_consts_recursive): equal constants are one object across the whole module, as the
// compiler's c_const_cache makes them, and the parser's own objects stay alive.
import { astTuples, cpythonConsts, cpythonView, foldedTuples, cpythonLocals, inlinedLocals, localsplusNames, specKey, tables } from './compiler/code-object';
import { keptInstructions } from './compiler/kept-instructions';
import { isInlined } from './compiler/inlined-names';
import { unitStacksize } from './compiler/stackdepth';
import { codeUnits } from './compiler/code-units';
import { cpythonCodeFlags } from './compiler/code-flags';
import { wordcode } from './compiler/wordcode-units';
import { Op } from './compiler/opcodes';
import type { CodeUnit, ConstSpec } from './compiler/unit';
import * as abs from './objects/abstract';
import { newBytes } from './objects/bytes';
import { codeType, PyCode } from './objects/code';
import { newComplex } from './objects/complex';
import { newFloat } from './objects/float';
import { newIntBig } from './objects/int';
import type { PyObject } from './objects/object';
import { frozensetType, newSet } from './objects/set';
import { Ellipsis, False, None, True } from './objects/singletons';
import { findInterned, internCodeStr, internedAtStart, newStr } from './objects/str';
import { newTuple } from './objects/tuple';
import { R } from './state';
import { jumpTargets, LINE_MASK, LINE_RESET, markRangeStarts, smallExit } from './vm/line-ranges';

/**
 * The main script's parser arena stays alive while the script runs (Python/pythonrun.c
 * pyrun_file keeps the arena until run_mod returns) and its list holds one reference to
 * every constant the parser (or the AST optimizer) created: one more than co_consts.
 * An identifier-like str constant counts only when its object is the one interned
 * (internedConst); the parser's identifiers' own references are not modelled.
 */
function parserArenaRef(o: PyObject): PyObject {
  R.heap.incref(o);
  return o;
}

/** Turn a compiled unit into a code object, creating its constants as CPython's compiler does. */
export function materialize(u: CodeUnit): PyCode {
  const c = new PyCode(codeType);
  R.heap.newStatic(c, 176);
  c.ob_refcnt = 1;
  c.name = u.name;
  c.qualname = u.qualname;
  c.nameObj = internCodeStr(u.name, false);
  c.qualnameObj = qualnameObject(u, c.nameObj);
  c.argcount = u.argcount;
  c.posonlyargcount = u.posonlyargcount;
  c.kwonlyargcount = u.kwonlyargcount;
  c.flags = u.flags;
  c.firstLine = u.firstLine;
  c.varnames = u.scope.isFunctionLike ? u.scope.varnames : [];
  c.cellvars = u.scope.cellvars;
  c.freevars = u.scope.freevars;
  c.names = u.names.map((n) => internCodeStr(n, true));
  // 3.12+ inline a list, set or dict comprehension: its `.0` is no name of any code.
  const locals = [...c.varnames, ...c.cellvars, ...c.freevars].filter((n) => n !== '.0' || !isInlined(u, R.minor));
  c.localNames = locals.map((n) => internCodeStr(n, true));
  c.consts = codeConsts(u);
  holdEmptyFields(c, u);
  c.constsView = () => shownConsts(u, c.consts);
  c.coFlags = cpythonCodeFlags(u, R.minor);
  c.code = Int32Array.from(u.code);
  if (R.minor <= 9) threadJumps(c.code);
  // compiler_call_helper: a call's lone `*a` passes a itself; CALL_FUNCTION_EX makes the tuple.
  // 3.8's passes a lone `**m` too (no BUILD_MAP_UNPACK_WITH_CALL), CALL_FUNCTION_EX making the dict.
  for (const x of u.loneStarred) {
    if (u.code[x.build] === Op.BUILD_LIST) c.code[x.build] = c.code[x.merge] = c.code[x.merge + 2] = Op.NOP;
    else if (R.minor === 8) c.code[x.build] = c.code[x.merge] = Op.NOP;
  }
  // fold_tuple_on_constants: the keys' loads become NOPs, their BUILD_TUPLE the tuple's load.
  for (const k of u.foldedKeys) {
    for (let i = 1; i <= k.n; i++) c.code[k.build - 2 * i] = Op.NOP;
    c.code[k.build] = Op.LOAD_CONST;
    c.code[k.build + 1] = k.index;
  }
  c.lines = Int32Array.from(u.lines);
  for (const i of u.silent) c.lines[i] = -Math.abs(c.lines[i]);
  if (R.minor <= 9) markRangeStarts(c.lines, u.firstLine, u.restarts);
  if (R.minor === 12) c.jumpTargets = jumpTargets(c.code);
  for (const r of u.withLineResets) if (r.tail === null || !smallExit(c.code, r.tail.pos)) c.lines[r.at >> 1] = LINE_RESET;
  // The line a clause's name cleanup goes on with: the one of the instruction before it.
  if (R.minor === 9 && u.namedHandlers.length > 0) c.handlerExits = Int32Array.from(u.namedHandlers.flatMap((h) => [h.from, h.to, Math.abs(c.lines[(h.to >> 1) - 1]) & LINE_MASK]));
  if (u.quietBackEdges.length > 0) c.quietBackEdges = new Set(u.quietBackEdges);
  if (u.superCalls.length > 0 && R.minor >= 12) {
    // The attribute's load follows the call at once (CallCompiler.attributeValue).
    c.superLoads = new Map(u.superCalls.map((s) => [s.call + 2, s.args]));
    c.superCalls = new Set(u.superCalls.map((s) => s.call));
  }
  if (u.boundMethodLoads.length > 0 && R.minor <= 10) c.boundMethodLoads = new Set(u.boundMethodLoads);
  c.positions = Int32Array.from(u.positions);
  if (u.callStars.length > 0) c.callStars = new Map(u.callStars.map((p) => [p, u.loneStarred.some((x) => x.merge === p)]));
  c.stacksize = unitStacksize(u, R.minor);
  c.codeUnits = codeUnits(u, R.minor);
  // Only a code's 1024th run needs its wordcode (vm/opcache.ts): worked out then, not at every compile.
  if (R.minor <= 10) c.wordcode = () => wordcode(u, R.minor);
  c.inlinedLocals = inlinedLocals(u, R.minor);
  if (R.minor >= 12 && u.consts.some((k) => k.t === 'code' && isInlined(k.unit, R.minor))) c.shown = cpythonLocals(u, R.minor);
  return c;
}

/**
 * The references a code object holds on the shared empty tuple and bytes from its creation
 * (Python/compile.c makecode, Objects/codeobject.c): an empty co_names, co_consts, and up to
 * 3.10 co_varnames, co_freevars, co_cellvars are (); 3.8-3.9's co_lnotab is b'' when all the
 * code is on its first line. 3.11 (_PyCode_New) holds co_localsplusnames, co_localspluskinds
 * (b'' for no locals) and co_exceptiontable (b'' without a handler).
 * The tuples are the ones co_names etc. give when read (code-attrs.ts held). 3.10's
 * co_linetable is never empty. 3.12+ make these objects immortal.
 */
function holdEmptyFields(c: PyCode, u: CodeUnit): void {
  if (R.minor >= 12) return;
  const v = cpythonView(u, R.minor);
  const emptyTuple = (attr: string, n: number): void => {
    if (n !== 0) return;
    c.heldTuples ??= new Map();
    c.heldTuples.set(attr, newTuple([]));
  };
  emptyTuple('co_names', v.names.length);
  emptyTuple('co_consts', v.consts.length);
  if (R.minor <= 10) {
    emptyTuple('co_varnames', v.varnames.length);
    emptyTuple('co_freevars', v.freevars.length);
    emptyTuple('co_cellvars', v.cellvars.length);
    // assemble_lnotab writes an entry where a line is first set past offset 0; 3.8's comprehension
    // starts at line 0, so its first expression sets its line after the loop's set-up.
    if (R.minor <= 9 && (R.minor === 9 || u.scope.kind !== 'comprehension') && keptInstructions(u, R.minor).every((i) => u.lines[i] === u.firstLine)) newBytes(new Uint8Array(0));
    return;
  }
  const locals = localsplusNames(v);
  emptyTuple('co_localsplusnames', locals.length);
  // PyBytes_FromStringAndSize(NULL, nlocalsplus): the shared empty bytes for none; one kind is a new object.
  if (locals.length === 0) newBytes(new Uint8Array(0));
  if (tables(u, R.minor).exceptions === specKey({ t: 'bytes', v: new Uint8Array(0) }, R.minor)) newBytes(new Uint8Array(0));
}

/**
 * co_consts as CPython's code holds them: its constants are the model's (one object per equal
 * constant, whose references the code holds), in CPython's order and with what CPython keeps
 * (cpythonConsts); one the model's code lacks is made, its reference the tuple's.
 */
function shownConsts(u: CodeUnit, consts: readonly PyObject[]): PyObject[] {
  const keys = u.consts.map((k) => specKey(k, R.minor));
  return cpythonConsts(u, R.minor).map((k) => {
    const i = keys.indexOf(specKey(k, R.minor));
    if (i >= 0) return consts[i];
    const o = constObject(k);
    // codeConsts already holds a shared one's reference for CPython's code.
    if (R.minor <= 11 && isSharedConst(k)) R.heap.decref(o);
    return o;
  });
}

/**
 * The qualified name the code's functions get: the name itself where they are equal (at top
 * level), else from 3.11 co_qualname, a str of its own, and up to 3.10 the constant
 * compiler_make_closure loads before MAKE_FUNCTION, merged with equal constants.
 */
function qualnameObject(u: CodeUnit, name: PyObject): PyObject {
  if (u.qualname === u.name) {
    R.heap.incref(name);
    return name;
  }
  if (R.minor >= 11) return newStr(u.qualname);
  const key = specKey({ t: 'str', v: u.qualname }, R.minor);
  const known = madeConsts.get(key);
  if (known !== undefined) {
    R.heap.incref(known);
    return known;
  }
  const o = newStr(u.qualname);
  madeConsts.set(key, o);
  return o;
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
/** Every other constant made so far, by its c_const_cache key: the object equal ones become. */
let madeConsts = new Map<string, PyObject>();
/** The keys of the co_consts tuples made so far (merge_const_one makes equal ones one tuple). */
let madeConstTuples = new Set<string>();

/**
 * The identifiers the parser made for the script (its NAME tokens and the names its code
 * uses, those inside f-strings too): the parser interned them before compiling began.
 */
let parserIdentifiers: ReadonlySet<string> = new Set();

/** A new compilation, of a source whose parser made these identifiers: its constants are merged anew. */
export function resetMadeConstants(identifiers: ReadonlySet<string> = new Set()): void {
  parserIdentifiers = identifiers;
  madeStrs = new Map();
  madeCodes = new Map();
  madeConsts = new Map();
  madeConstTuples = new Set();
}

/**
 * u's constants as CPython's compiler leaves them (Python/compile.c compiler_add_const,
 * merge_consts_recursive): one object per equal constant in the whole module, a tuple's and
 * a frozenset's items too. Equal co_consts tuples are one tuple (merge_const_one), whose
 * reference is the only one its constants get: a code whose tuple was made before holds its
 * constants without references of its own (code objects are never freed).
 */
function codeConsts(u: CodeUnit): PyObject[] {
  const shared = cpythonConsts(u, R.minor);
  const tupleKey = specKey({ t: 'tuple', items: [...shared] }, R.minor);
  const sharedTuple = madeConstTuples.has(tupleKey);
  madeConstTuples.add(tupleKey);
  const inTuple = new Set(shared.map((k) => specKey(k, R.minor)));
  const made = u.consts.map((k) => {
    const o = mergedConst(k);
    if (sharedTuple && k.t !== 'code' && inTuple.has(specKey(k, R.minor))) R.heap.decref(o);
    return o;
  });
  if (R.minor <= 11) {
    // A shared object's count shows what co_consts holds: none for a constant only the model's
    // code has (it stays alive anyway), one for each CPython's code has that the model's lacks
    // (3.8-3.10's None first in a lambda's; shownConsts borrows it).
    u.consts.forEach((k, i) => {
      if (isSharedConst(k) && !inTuple.has(specKey(k, R.minor))) R.heap.decref(made[i]);
    });
    const own = new Set(u.consts.map((k) => specKey(k, R.minor)));
    if (!sharedTuple) for (const k of shared) if (isSharedConst(k) && !own.has(specKey(k, R.minor))) constObject(k);
  }
  return made;
}

/** A constant whose object CPython shares (a singleton, small int, empty or one-character str or bytes), never freed. */
function isSharedConst(k: ConstSpec): boolean {
  switch (k.t) {
    case 'none':
    case 'ellipsis':
    case 'bool':
      return true;
    case 'int':
      return k.v >= -5n && k.v <= 256n;
    case 'str':
      return !k.made && (k.v.length === 0 || (k.v.length === 1 && k.v.charCodeAt(0) < 256));
    case 'bytes':
      return k.v.length <= 1;
    default:
      return false;
  }
}

/**
 * A reference to the object for constant k: the first equal one made. The object made for
 * this occurrence stays as CPython's does: the parser arena's (it keeps its reference), or
 * the compiler's, left alive as the model does for those (the start-up free lists count them).
 */
function mergedConst(k: ConstSpec): PyObject {
  if (k.t === 'none' || k.t === 'ellipsis' || k.t === 'bool' || k.t === 'code') return constObject(k);
  // 3.8/3.9 peephole.c folds a tuple of defaults from merged items after the cache is done with the code.
  if (k.t === 'tuple' && R.minor <= 9 && foldedTuples.has(k)) return constObject(k, mergedConst);
  const key = specKey(k, R.minor);
  const known = madeConsts.get(key);
  if (known === undefined) {
    const o = constObject(k, mergedConst);
    madeConsts.set(key, o);
    return o;
  }
  const own = constObject(k);
  if (own.ob_refcnt > 1) R.heap.decref(own);
  return abs.incref(known);
}

function madeStr(v: string): PyObject {
  const known = madeStrs.get(v);
  if (known !== undefined) return abs.incref(known);
  const o = /^[A-Za-z0-9_]*$/.test(v) ? internCodeStr(v, false) : newStr(v);
  madeStrs.set(v, o);
  return o;
}

/**
 * An identifier-like str constant, interned: when nothing interned its text before (start-up,
 * the parser's identifiers, an earlier occurrence), the parser's own object becomes the
 * interned str, and the arena's reference counts on it. Otherwise the parser's object is a
 * str of its own that only the arena holds (not modelled: it goes with the arena).
 */
function internedConst(v: string): PyObject {
  const fresh = findInterned(v) === undefined && !internedAtStart(v) && !parserIdentifiers.has(v);
  const o = internCodeStr(v, false);
  return fresh ? parserArenaRef(o) : o;
}

/** A new object for constant k, its items made by `item` (the tuple's and frozenset's). */
function constObject(k: ConstSpec, item: (k: ConstSpec) => PyObject = constObject): PyObject {
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
      // A small int's arena references are one per literal, not per constant (parser-arena.ts holdParserConstants).
      return k.v >= -5n && k.v <= 256n ? newIntBig(k.v) : parserArenaRef(newIntBig(k.v));
    case 'float':
      return parserArenaRef(newFloat(k.v));
    case 'str':
      if (k.made) return madeStr(k.v);
      // The empty and one-character strs are shared: the arena's references are per literal (parser-arena.ts).
      if (k.v.length === 0 || (k.v.length === 1 && k.v.charCodeAt(0) < 256)) return /^[A-Za-z0-9_]*$/.test(k.v) ? internCodeStr(k.v, false) : newStr(k.v);
      // all_name_chars: identifier-like constants are interned (Objects/codeobject.c).
      // Others are the parser's own objects, so the arena's reference is theirs too.
      if (!/^[A-Za-z0-9_]*$/.test(k.v)) return parserArenaRef(newStr(k.v));
      return internedConst(k.v);
    case 'tuple': {
      const t = newTuple(k.items.map((x) => item(x)));
      // ast_opt.c make_const adds the tuple it folds to the arena.
      return astTuples.has(k) ? parserArenaRef(t) : t;
    }
    case 'frozenset': {
      // PyFrozenSet_New over the tuple of constants: one insert per item, in order.
      const s = newSet(frozensetType);
      for (const it of k.items) {
        const o = item(it);
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
    case 'bytes': {
      // The empty and one-byte objects are shared: the arena's references are per literal (parser-arena.ts).
      if (k.v.length <= 1) return newBytes(k.v.slice());
      // The parser's (or make_const's) object is the arena's. 3.12+ _build_concatenated_bytes
      // (Parser/action_helpers.c) joins the pieces with PyBytes_Concat from b'', which hands
      // back a lone non-empty piece itself, and adds that reference to the arena again.
      const o = parserArenaRef(newBytes(k.v.slice()));
      // make_const (Python/ast_opt.c) adds a fold's result to the arena, the operand itself too.
      for (let i = 0; i < (k.refolds ?? 0); i++) parserArenaRef(o);
      return R.minor >= 12 && k.onePiece === true ? parserArenaRef(o) : o;
    }
    case 'complex':
      return newComplex(k.real ?? 0, k.imag);
  }
}

