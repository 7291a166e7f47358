// `s = s + t` and `s += t` on strs up to 3.10 (Python/ceval.c unicode_concatenate): when the
// variable the result goes to holds the left operand, it lets go of it first, so the str has
// one reference and PyUnicode_Append can grow it in place. (3.11+ does this only once the
// instruction has specialized: vm/specialize.ts.)
import { dictType } from '../objects/dict';
import type { PyCell } from '../objects/function';
import { unicodeAppend } from '../objects/str-append';
import type { PyStr } from '../objects/str';
import { R } from '../state';
import { Op } from '../compiler/opcodes';
import type { Frame } from './frame';

/** unicode_concatenate: left's reference (the stack's) is given up, the result's returned. */
export function unicodeConcatenate(f: Frame, left: PyStr, right: PyStr): PyStr {
  if (left.h.ob_refcnt === 2) {
    // The stack and, most often, the variable the next instruction stores to.
    const code = f.code.code;
    const op = code[f.pc];
    const arg = code[f.pc + 1];
    if (op === Op.STORE_FAST) {
      if (f.fast[arg] === left) {
        f.fast[arg] = null;
        R.heap.decref(left);
      }
    } else if (op === Op.STORE_DEREF) {
      const cell = f.fast[arg] as PyCell;
      if (cell.ref === left) {
        cell.ref = null;
        R.heap.decref(left);
      }
    } else if (op === Op.STORE_NAME) {
      const locals = f.locals;
      const name = f.code.names[arg];
      // PyDict_DelItem: the name leaves the namespace (a dummy entry stays) until the store puts it back.
      if (locals !== null && locals.ob_type === dictType && locals.get(name) === left) locals.delete(name);
    }
  }
  return unicodeAppend(left, right);
}
