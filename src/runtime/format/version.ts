// The CPython minor version whose format rules apply: the run sets it (interpreter.ts), so
// the format module stays free of the runtime's state and can be tested on its own.
export const FormatVersion = { minor: 13 };

export function setFormatMinor(minor: number): void {
  FormatVersion.minor = minor;
}
