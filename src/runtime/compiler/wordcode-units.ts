// How many code units CPython 3.8-3.10's co_code has for a unit (wordcode, two bytes each,
// EXTENDED_ARGs included) and how many of its instructions _PyCode_InitOpcache gives a cache,
// rebuilt from this compiler's instructions: the per-code opcache is sized from both.
import { Op } from './opcodes';
import { keptInstructions } from './kept-instructions';
import type { CodeUnit } from './unit';

export interface Wordcode {
  /** PyBytes_Size(co_code) / sizeof(_Py_CODEUNIT). */
  readonly units: number;
  /** The LOAD_GLOBALs (3.10: and LOAD_ATTRs) of co_code, up to 255. */
  readonly opts: number;
}

/** co_code's size and cached instructions for u under 3.8-3.10 (none from 3.11). */
export function wordcode(u: CodeUnit, minor: number): Wordcode {
  if (minor > 10) return { units: 0, opts: 0 };
  const kept = keptInstructions(u, minor);
  const bound = new Set(u.boundMethodLoads);
  // 3.10 compiler_enter_scope: a generator's or coroutine's code starts with GEN_START.
  let units = minor === 10 && (u.scope.isGenerator || (u.flags & 0x2a0) !== 0) ? 1 : 0;
  let cached = 0;
  for (const i of kept) {
    const op = u.code[2 * i];
    units += unitsOf(op);
    if (op === Op.LOAD_GLOBAL || (minor === 10 && (op === Op.LOAD_ATTR || (op === Op.LOAD_METHOD && bound.has(2 * i))))) cached++;
  }
  // _PyCode_InitOpcache stops counting at the 255th.
  return { units, opts: Math.min(cached, 255) };
}

function unitsOf(op: number): number {
  switch (op) {
    case Op.PUSH_NULL:
      return 0;
    // compiler_make_closure: the qualified name is loaded before it.
    case Op.MAKE_FUNCTION:
      return 2;
    default:
      return 1;
  }
}
