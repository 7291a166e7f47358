// Code objects (Objects/codeobject.c): the compiled body of a module, function,
// class or comprehension: instructions, the line of each, names and constants.
import { PyObject, PyType } from './object';
import { readyType } from './typeobject';
import { R } from '../state';
import type { Frame } from '../vm/frame';
import type { Wordcode } from '../compiler/wordcode-units';
import type { CallForm } from '../vm/specialize-call';

/** One exception-table entry: an exception at pc in [start, end) jumps to target with the stack cut to depth. */
export interface ExceptionEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  /** Push the index of the raising instruction first (used by `finally` re-raise paths). */
  readonly lasti: boolean;
}

export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_GENERATOR = 0x20;

export class PyCode extends PyObject {
  name = '';
  qualname = '';
  /** co_name and the qualified name its functions get (co_qualname, a constant up to 3.10) as str objects, made on first use. */
  nameObj: PyObject | null = null;
  qualnameObj: PyObject | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  firstLine = 1;
  /** co_varnames: parameters first, then other locals. */
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  /** co_names: globals, attributes and imported names used by the code. */
  names: PyObject[] = [];
  /** The interned strs of co_varnames, co_cellvars and co_freevars, which the code holds (what locals() keys are). */
  localNames: PyObject[] = [];
  consts: PyObject[] = [];
  /** Pairs (opcode, argument). */
  code: Int32Array = new Int32Array(0);
  /** The source line of each instruction (indexed by pc / 2). */
  lines: Int32Array = new Int32Array(0);
  /** co_positions: line, col, endLine, endCol per instruction (-1 where there is none). */
  positions: Int32Array = new Int32Array(0);
  exceptionTable: ExceptionEntry[] = [];
  /** 3.12: the instructions sys.monitoring instruments as line starts besides a new line's first: jump and handler targets (vm/line-ranges.ts). */
  jumpTargets: Uint8Array | null = null;
  /** 3.9: per `except ... as name` clause, its body's code positions [from, to) and the line its name's cleanup is on (vm/line-ranges.ts). */
  handlerExits: Int32Array | null = null;
  /** 3.11+ Py_SIZE: the code units of CPython's co_code_adaptive, inline caches included (compiler/code-units.ts). */
  codeUnits = 0;
  /** co_flags as CPython's code has them (compiler/code-flags.ts); `flags` is the model's own. */
  coFlags = 0;
  /** co_consts as CPython's code holds them, made on first use (the model's constants are in its own order). */
  constsView: (() => PyObject[]) | null = null;
  /** The tuples the code holds that a script has read (co_consts, co_names, ...), by attribute. */
  heldTuples: Map<string, PyObject> | null = null;
  /** The block of its _co_cached fields (3.12+), once one is read; 0 before. */
  coCached = 0;
  /** Largest stack depth any path reaches (co_stacksize). */
  stacksize = 0;
  /** 3.12+: fast locals CPython's code has beyond varnames, its inlined comprehensions' (PEP 709); they size its frames. */
  inlinedLocals = 0;
  /** 3.12+ co_varnames and co_cellvars where CPython's code holds its inlined comprehensions' names and cells. */
  shown: { readonly varnames: readonly string[]; readonly cellvars: readonly string[] } | null = null;
  /** 3.12+ with shown: the fast slots in CPython's localsplus order, which frees them in that order; made on first use. */
  clearOrder: Int32Array | null = null;
  /** Per LIST_EXTEND building a call's arguments (by code position): whether it is the call's lone `*a`. */
  callStars: Map<number, boolean> | null = null;
  /** co_zombieframe (3.8-3.10): the frame object of this code's last finished call, kept for its next. */
  zombieFrame: PyObject | null = null;
  /**
   * Made by the first frame: an empty localsplus and value stack that each new frame
   * copies, and finished frames of this code that a call may reuse (frame.ts).
   */
  frameTemplate: { fast: null[]; stack: null[]; free: Frame[] } | null = null;
  /** Per instruction, the dict entry a LOAD_GLOBAL, a module's LOAD_NAME or a STORE_NAME/STORE_GLOBAL found last time (vm/names.ts). */
  globalEntries: Float64Array | null = null;
  /** Each BINARY_OP's (3.11+) and CALL's (3.13) adaptive counter and specialization, as their inline caches hold them (vm/specialize.ts). */
  inlineCache: Int32Array | null = null;
  /** The class each CALL specialized to CALL_ALLOC_AND_ENTER_INIT calls, by pc (vm/specialize-call.ts). */
  initTypes: Map<number, PyType> | null = null;
  /** 3.11: per CALL, the callable it last met and the form that gave it, as its specialized instruction keeps it (vm/specialize-call.ts). */
  callForms: (CallForm | undefined)[] | null = null;
  /** 3.8-3.10: co_code's size and cached instructions, which size its opcache (vm/opcache.ts), worked out on demand. */
  wordcode: (() => Wordcode) | null = null;
  /** 3.8-3.10 co_opcache_flag: the runs counted until the opcache is made. */
  opcacheFlag = 0;
  /** 3.8-3.10 co_opcache_map and co_opcache: their blocks, once made (0: none). */
  opcacheMap = 0;
  opcache = 0;
  /** 3.11's co_warmup: counts up to 0 from -QUICKENING_WARMUP_DELAY, then the code is quickened. */
  warmup = -8;
  /** The pcs of backward jumps that do not warm the code up (CodeUnit.quietBackEdges). */
  quietBackEdges: ReadonlySet<number> = new Set();
  /** 3.12+: the pcs of the LOAD_ATTRs and LOAD_METHODs run as LOAD_SUPER_ATTR, to the number of super()'s arguments (vm/super-attr.ts). */
  superLoads: ReadonlyMap<number, number> = new Map();
  /** 3.12+: the pcs of the super() calls those loads make themselves. */
  superCalls: ReadonlySet<number> = new Set();
  /** The pcs of the LOAD_METHODs 3.8-3.10 compile as LOAD_ATTR (a call with keywords): the attribute is bound. */
  boundMethodLoads: ReadonlySet<number> = new Set();
  /** Index of the first cell (after the fast locals) and of the first free variable. */
  get nlocalsplus(): number {
    return this.varnames.length + this.cellvars.length + this.freevars.length;
  }
  constructor(type: PyType) {
    super(type);
  }
}

export const codeType = readyType(new PyType(null, 'code'));

/** sizeof(PyCodeObject) per version: 3.11+ a variable-size object of 2-byte code units. */
const CODE_BASICSIZE: Record<number, number> = { 11: 184, 12: 192, 13: 200 };

/**
 * code_sizeof (Objects/codeobject.c): up to 3.10 the object and co_cell2arg, which the code
 * has when a cell is also a parameter (one Py_ssize_t per cell); from 3.11
 * _PyObject_VAR_SIZE, the object and its code units rounded up to a pointer.
 */
codeType.tp_sizeof = (o) => {
  const c = o as PyCode;
  if (R.minor <= 10) return 176 + (cellIsParam(c) ? 8 * c.cellvars.length : 0);
  return (CODE_BASICSIZE[R.minor] ?? CODE_BASICSIZE[13]) + 2 * c.codeUnits + 7 & ~7;
};

function cellIsParam(c: PyCode): boolean {
  const nparams = paramCount(c);
  return c.cellvars.some((n) => c.varnames.indexOf(n) >= 0 && c.varnames.indexOf(n) < nparams);
}

/** co_varnames: the model keeps cells among its locals; CPython lists a cell there only when it is a parameter. */
export function coVarnames(c: PyCode): readonly string[] {
  if (c.shown !== null) return c.shown.varnames;
  const nparams = paramCount(c);
  return c.varnames.filter((n, i) => i < nparams || !c.cellvars.includes(n));
}

/** The parameters, first in co_varnames: positional and keyword-only, then *args and **kwargs. */
function paramCount(c: PyCode): number {
  return c.argcount + c.kwonlyargcount + (c.flags & CO_VARARGS ? 1 : 0) + (c.flags & CO_VARKEYWORDS ? 1 : 0);
}

/**
 * The order _PyFrame_ClearLocals frees c's fast locals in: localsplus's. Where 3.12+'s
 * inlined comprehensions add their names to co_varnames (compiler_nameop numbers them as it
 * meets them, so `a, _ = f([0 for _ in m])` puts `_` before `a`), the model's slots are in
 * another order. Null where they are in CPython's.
 */
export function clearOrder(c: PyCode): Int32Array | null {
  if (c.shown === null) return null;
  if (c.clearOrder === null) {
    const order: number[] = [];
    for (const n of c.shown.varnames) {
      const i = c.varnames.indexOf(n);
      if (i >= 0) order.push(i);
    }
    for (let i = 0; i < c.nlocalsplus; i++) if (!order.includes(i)) order.push(i);
    c.clearOrder = Int32Array.from(order);
  }
  return c.clearOrder;
}
