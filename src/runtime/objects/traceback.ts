// Traceback objects (Python/traceback.c) and the attributes of frame objects: an exception
// gains one traceback entry per frame it leaves, each holding that frame's frame object.
import { RunStop } from '../errors';
import { R } from '../state';
import { cpythonFrame, type Frame } from '../vm/frame';
import { frameBytes, frameObjectOf, frameType, PyFrameObject } from '../vm/frameobject';
import { incref } from './abstract';
import type { PyCode } from './code';
import { defGetSet } from './getset';
import { newInt } from './int';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { readyType } from './typeobject';

export class PyTraceback extends PyObject {
  constructor(
    type: PyType,
    public tb_next: PyTraceback | null,
    public tb_frame: PyFrameObject | null,
    readonly tb_lineno: number,
    /** The model's frame and the offset of its instruction, for the caret lines of 3.11+. */
    readonly frame: Frame,
    readonly lasti: number,
    /** 3.12+: the inlined comprehension (PEP 709) whose instruction lasti is. */
    readonly posCode: PyCode | null,
  ) {
    super(type);
  }
}

/** PyTracebackObject (tb_next, tb_frame, tb_lasti, tb_lineno) and its GC head. */
const TB_BYTES = 16 + 40;

export const tracebackType = readyType(new PyType(null, 'traceback'), undefined, { gc: true, basetype: false });
tracebackType.tp_dealloc = (o) => {
  // tb_dealloc: the rest of the chain first, then the frame.
  const tb = o as PyTraceback;
  R.heap.gc.untrack(tb);
  const next = tb.tb_next;
  const frame = tb.tb_frame;
  tb.tb_next = null;
  tb.tb_frame = null;
  if (next !== null) R.heap.decref(next);
  if (frame !== null) R.heap.decref(frame);
  R.heap.freeObject(tb, TB_BYTES);
};
tracebackType.tp_traverse = (o, visit) => {
  const tb = o as PyTraceback;
  if (tb.tb_next !== null) visit(tb.tb_next);
  if (tb.tb_frame !== null) visit(tb.tb_frame);
};
tracebackType.tp_sizeof = () => TB_BYTES - 16;

/**
 * PyTraceBack_Here: a new entry for frame f in front of next (whose reference it takes
 * over); from 3.11 this is what makes f's frame object.
 */
export function newTraceback(next: PyTraceback | null, f: Frame, line: number, lasti: number, posCode: PyCode | null): PyTraceback {
  const fo = frameObjectOf(f);
  const tb = R.heap.newObject(new PyTraceback(tracebackType, next, fo, line, f, lasti, posCode), TB_BYTES, 16);
  R.heap.incref(fo);
  return tb;
}

const bytecodeOffset = (what: string): never => {
  throw new RunStop('unsupported', `${what} (the mini-runtime's bytecode offsets are not CPython's)`);
};

defGetSet(tracebackType, 'tb_next', (o) => incref((o as PyTraceback).tb_next ?? None));
defGetSet(tracebackType, 'tb_frame', (o) => incref((o as PyTraceback).tb_frame ?? None));
defGetSet(tracebackType, 'tb_lineno', (o) => newInt((o as PyTraceback).tb_lineno));
defGetSet(tracebackType, 'tb_lasti', () => bytecodeOffset('traceback.tb_lasti'));

// ---- frame objects: what they show of their frame, running or finished ----

const fobj = (o: PyObject) => o as PyFrameObject;
// frame_sizeof counts from the code, whatever block the frame object reuses (f_localsplus[1] once up to 3.10).
frameType.tp_sizeof = (o) => {
  const code = fobj(o).frame?.code ?? fobj(o).code;
  return code === null ? fobj(o).bytes - 16 : frameBytes(code) - 16 - (R.minor <= 10 ? 8 : 0);
};
defGetSet(frameType, 'f_code', (o) => incref(fobj(o).frame?.code ?? fobj(o).code ?? None));
// PyFrame_GetLineNumber: a frame that has run nothing yet (an unstarted generator's) is on co_firstlineno.
defGetSet(frameType, 'f_lineno', (o) => {
  const f = fobj(o).frame;
  if (f === null) return newInt(fobj(o).line);
  return newInt(f.state === 'created' && f.line === 0 ? f.code.firstLine : f.line);
});
defGetSet(frameType, 'f_globals', (o) => incref(fobj(o).frame?.globals ?? fobj(o).globals ?? None));
defGetSet(frameType, 'f_builtins', (o) => incref(fobj(o).frame?.builtins ?? fobj(o).builtins ?? None));
defGetSet(frameType, 'f_back', (o) => {
  const fo = fobj(o);
  // PyFrame_GetBack: a running frame's caller gets its frame object now (3.11+ make it on demand).
  const caller = fo.frame === null ? fo.f_back : fo.frame.back === null ? null : frameObjectOf(cpythonFrame(fo.frame.back));
  return incref(caller ?? None);
});
defGetSet(frameType, 'f_trace', () => incref(None));
defGetSet(frameType, 'f_lasti', () => bytecodeOffset('frame.f_lasti'));
defGetSet(frameType, 'f_locals', () => {
  throw new RunStop('unsupported', 'frame.f_locals (a snapshot of the locals as a dict)');
});
