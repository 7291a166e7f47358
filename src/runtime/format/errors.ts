// Errors the formatting functions report for bad user input, as plain data: the
// interpreter turns one into the Python exception of that type with that message.

export type FormatErrorType = 'ValueError' | 'TypeError' | 'OverflowError' | 'ZeroDivisionError';

export interface FormatError {
  readonly pyType: FormatErrorType;
  readonly message: string;
}

/** Builds the error object; callers `throw` it so the interpreter can catch it by shape. */
export function formatError(pyType: FormatErrorType, message: string): FormatError {
  return { pyType, message };
}

export function isFormatError(e: unknown): e is FormatError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as FormatError).pyType === 'string' &&
    typeof (e as FormatError).message === 'string' &&
    !(e instanceof Error)
  );
}

export const valueError = (message: string): FormatError => formatError('ValueError', message);
export const typeError = (message: string): FormatError => formatError('TypeError', message);
export const overflowError = (message: string): FormatError => formatError('OverflowError', message);
export const zeroDivisionError = (message: string): FormatError => formatError('ZeroDivisionError', message);
