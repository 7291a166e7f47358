// A code object's attributes (Objects/codeobject.c code_memberlist, code_getsetlist): names,
// constants and flags as CPython's code for the same source has them, in the tuples it holds;
// what depends on CPython's bytecode (co_code, the line and exception tables) stops the run.
import { RunStop } from '../errors';
import { R } from '../state';
import * as abs from './abstract';
import { codeType, coVarnames, PyCode } from './code';
import { defMethod } from './function';
import { defGetSet } from './getset';
import { newInt } from './int';
import { PyObject } from './object';
import { internStr, newStr } from './str';
import { newTuple, PyTuple, tupleSizeof, tupleType } from './tuple';
import { inVersions } from './typeobject';

const code = (o: PyObject) => o as PyCode;
/** _PyCoCached (3.12+): _co_code, _co_varnames, _co_cellvars, _co_freevars. */
const CO_CACHED_BYTES = 4 * 8;

/**
 * A tuple CPython's code holds from its creation (co_consts, co_names; up to 3.10 its local,
 * cell and free names too). The model keeps code objects out of the heap (materialize.ts), and
 * their tuples with them: the first read makes it outside the heap, and the code keeps it. The
 * code's own references to the items (PyCode's consts, names, localNames) are the tuple's, so
 * `items` gives borrowed ones.
 */
function held(c: PyCode, attr: string, items: () => PyObject[]): PyObject {
  c.heldTuples ??= new Map();
  let t = c.heldTuples.get(attr);
  if (t === undefined) {
    const xs = items();
    t = xs.length === 0 ? newTuple(xs) : R.heap.newStatic(new PyTuple(tupleType, xs), 16 + tupleSizeof(xs.length));
    c.heldTuples.set(attr, t);
  }
  return abs.incref(t);
}

/**
 * co_varnames, co_cellvars, co_freevars: the interned names. Up to 3.10 the code holds the
 * tuples; 3.11 makes a new one on each read (_PyCode_GetVarnames); 3.12+ makes it on the first
 * read and keeps it (_co_cached), a block of the script's.
 */
function localNames(c: PyCode, attr: string, names: readonly string[]): PyObject {
  const items = () => names.map((n) => internStr(n));
  if (R.minor <= 10) return held(c, attr, () => items().map((n) => (R.heap.decref(n), n)));
  if (R.minor === 11) return newTuple(items());
  // init_co_cached: the first such read makes the struct of the four cached fields (PyMem_New).
  if (c.coCached === 0) c.coCached = R.heap.malloc(CO_CACHED_BYTES, 'code cached');
  c.heldTuples ??= new Map();
  let t = c.heldTuples.get(attr);
  if (t === undefined) c.heldTuples.set(attr, (t = newTuple(items())));
  return abs.incref(t);
}

// co_name is the code's own str (materialize makes it), not a copy.
defGetSet(codeType, 'co_name', (o) => (code(o).nameObj !== null ? abs.incref(code(o).nameObj!) : newStr(code(o).name)));
defGetSet(codeType, 'co_qualname', (o) => (code(o).qualnameObj !== null ? abs.incref(code(o).qualnameObj!) : newStr(code(o).qualname)));
inVersions(codeType, 'co_qualname', (m) => m >= 11);
defGetSet(codeType, 'co_argcount', (o) => newInt(code(o).argcount));
defGetSet(codeType, 'co_posonlyargcount', (o) => newInt(code(o).posonlyargcount));
defGetSet(codeType, 'co_kwonlyargcount', (o) => newInt(code(o).kwonlyargcount));
defGetSet(codeType, 'co_nlocals', (o) => newInt(coVarnames(code(o)).length));
defGetSet(codeType, 'co_varnames', (o) => localNames(code(o), 'co_varnames', coVarnames(code(o))));
defGetSet(codeType, 'co_cellvars', (o) => localNames(code(o), 'co_cellvars', code(o).shown?.cellvars ?? code(o).cellvars));
defGetSet(codeType, 'co_freevars', (o) => localNames(code(o), 'co_freevars', code(o).freevars));
defGetSet(codeType, 'co_names', (o) => held(code(o), 'co_names', () => [...code(o).names]));
defGetSet(codeType, 'co_consts', (o) => held(code(o), 'co_consts', () => code(o).constsView?.() ?? []));
defGetSet(codeType, 'co_flags', (o) => newInt(code(o).coFlags));
defGetSet(codeType, 'co_firstlineno', (o) => newInt(code(o).firstLine));
defGetSet(codeType, 'co_stacksize', (o) => newInt(code(o).stacksize));
defGetSet(codeType, 'co_filename', () => newStr(R.filename));

const bytecode = (what: string): never => {
  throw new RunStop('unsupported', `${what} (the mini-runtime's bytecode is not CPython's)`);
};
defGetSet(codeType, 'co_code', () => bytecode('code.co_code'));
defGetSet(codeType, 'co_lnotab', () => bytecode('code.co_lnotab'));
defGetSet(codeType, 'co_linetable', () => bytecode('code.co_linetable'));
inVersions(codeType, 'co_linetable', (m) => m >= 10);
defGetSet(codeType, 'co_exceptiontable', () => bytecode('code.co_exceptiontable'));
inVersions(codeType, 'co_exceptiontable', (m) => m >= 11);
defMethod(codeType, 'co_lines', () => bytecode('code.co_lines()'));
inVersions(codeType, 'co_lines', (m) => m >= 10);
defMethod(codeType, 'co_positions', () => bytecode('code.co_positions()'));
inVersions(codeType, 'co_positions', (m) => m >= 11);
