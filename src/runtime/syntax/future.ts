// Future statements as Python/future.c reads them before the symtable: which features the
// module's leading `from __future__ import` statements turn on, and their SyntaxErrors.
import type * as A from './ast';

/** CO_FUTURE_ANNOTATIONS (Include/cpython/code.h, 3.7-3.13). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

export interface FutureFeatures {
  annotations: boolean;
  /** ff_lineno: the line of the last future statement (0: none); a later one is an error. */
  lineno: number;
}

export interface FutureError {
  message: string;
  line: number;
  col: number;
  /** A feature the mini-runtime does not model (the run stops at the line). */
  unsupported?: boolean;
}

/** Features that are mandatory on 3.8-3.13 and change nothing (future.c future_check_features). */
const MANDATORY = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'generator_stop']);

/**
 * future.c future_parse: after the docstring, the future statements are read until the first
 * other statement; statements joined by semicolons on one line count as one run.
 */
export function futureParse(mod: A.Module): FutureFeatures | FutureError {
  const ff: FutureFeatures = { annotations: false, lineno: 0 };
  const body = mod.body;
  let i = 0;
  const first = body[0];
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') i++;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.line > prevLine) break;
    prevLine = s.line;
    if (s.kind === 'ImportFrom' && s.module === '__future__') {
      if (done) return { message: 'from __future__ imports must occur at the beginning of the file', line: s.line, col: s.col };
      for (const a of s.names) {
        if (MANDATORY.has(a.name)) continue;
        if (a.name === 'annotations') ff.annotations = true;
        else if (a.name === 'barry_as_FLUFL') {
          return { message: "'from __future__ import barry_as_FLUFL' is not supported by the Arena Lens mini-runtime", line: s.line, col: s.col, unsupported: true };
        } else if (a.name === 'braces') return { message: 'not a chance', line: s.line, col: s.col };
        else return { message: `future feature ${a.name} is not defined`, line: s.line, col: s.col };
      }
      ff.lineno = s.line;
    } else {
      done = true;
    }
  }
  return ff;
}
