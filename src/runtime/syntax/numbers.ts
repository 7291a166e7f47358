// How tokenizer.c reads a number literal (tok_get's number branch, tok_decimal_tail,
// verify_end_of_number): where it ends, or its error and where the error's caret goes,
// and the 3.11+ SyntaxWarning for a keyword glued to it.

export type NumberScan =
  | { ok: true; end: number; warning: string | null }
  /** `at`: the caret (0-based offset); `end`: where 3.10+ end its underline, when wider. */
  | { ok: false; message: string; at: number; end?: number };

class NumberError {
  constructor(readonly message: string, readonly at: number, readonly end?: number) {}
}

/** tokenizer.c's is_potential_identifier_char. */
function identifierChar(c: string): boolean {
  return c !== '' && (/[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 128);
}

const digit = (c: string): boolean => c >= '0' && c <= '9' && c !== '';
const hexDigit = (c: string): boolean => c !== '' && /[0-9a-fA-F]/.test(c);

/**
 * The number starting at `start` (a digit, or a `.` before one). Errors are raised with the
 * tokenizer's offset: the characters it consumed, so the caret is under the last one.
 */
export function scanNumber(src: string, start: number, minor: number): NumberScan {
  let cur = start;
  let warning: string | null = null;
  const EOF = '';
  const nextc = (): string => (cur < src.length ? src[cur++] : EOF);
  const backup = (c: string): void => {
    if (c !== EOF) cur--;
  };
  const fail = (message: string): NumberError => new NumberError(message, cur - 1);

  /**
   * verify_end_of_number (3.10+; before, the number just ends there): a letter right after
   * it is an error, but for a keyword that may follow a number in valid code, which 3.11+
   * warn about (3.10's DeprecationWarning is not shown). 3.11+ leave non-ASCII to the parser.
   */
  const verify = (c: string, kind: string): void => {
    if (minor < 10) return;
    const rest = src.slice(cur, cur + 4);
    const word = ({ a: 'nd', e: 'lse', f: 'or', o: 'r', n: 'ot' } as Record<string, string>)[c];
    const keyword = c === 'i' ? /^[fns]/.test(rest) : word !== undefined && rest.startsWith(word) && !identifierChar(src[cur + word.length] ?? EOF);
    if (keyword) {
      if (minor >= 11) warning = `invalid ${kind} literal`;
    } else if ((minor === 10 || c.charCodeAt(0) < 128) && identifierChar(c)) {
      backup(c);
      throw fail(`invalid ${kind} literal`);
    }
  };

  const decimalTail = (): string => {
    let c: string;
    while (true) {
      do c = nextc();
      while (digit(c));
      if (c !== '_') return c;
      c = nextc();
      if (!digit(c)) {
        backup(c);
        throw fail('invalid decimal literal');
      }
    }
  };

  /** Digits of base `name` after its prefix; `ok` says which characters are its digits. */
  const prefixed = (name: string, ok: (c: string) => boolean): string => {
    let c = nextc();
    do {
      if (c === '_') c = nextc();
      if (!ok(c)) {
        if (name !== 'hexadecimal' && digit(c)) {
          // 3.8/3.9 stepped back before the digit it names.
          if (minor <= 9) backup(c);
          throw fail(`invalid digit '${c}' in ${name} literal`);
        }
        backup(c);
        throw fail(`invalid ${name} literal`);
      }
      do c = nextc();
      while (ok(c));
    } while (c === '_');
    if (name !== 'hexadecimal' && digit(c)) throw fail(`invalid digit '${c}' in ${name} literal`);
    verify(c, name);
    return c;
  };

  /** From a fraction, after the integer part, or from a `j` on; null when the number ended before an `e`. */
  const tail = (c: string, at: 'fraction' | 'integer' | 'imaginary'): string | null => {
    if (at === 'fraction' && digit(c)) c = decimalTail();
    if (at !== 'imaginary' && (c === 'e' || c === 'E')) {
      const e = c;
      c = nextc();
      if (c === '+' || c === '-') {
        c = nextc();
        if (!digit(c)) {
          backup(c);
          throw fail('invalid decimal literal');
        }
      } else if (!digit(c)) {
        backup(c);
        verify(e, 'decimal');
        backup(e);
        return null;
      }
      c = decimalTail();
    }
    if (at === 'imaginary' || c === 'j' || c === 'J') {
      c = nextc();
      verify(c, 'imaginary');
    } else verify(c, 'decimal');
    return c;
  };

  try {
    let c: string | null = nextc();
    if (c === '.') c = tail(nextc(), 'fraction');
    else if (c === '0') {
      c = nextc();
      if (c === 'x' || c === 'X') c = prefixed('hexadecimal', hexDigit);
      else if (c === 'o' || c === 'O') c = prefixed('octal', (d) => d >= '0' && d <= '7' && d !== '');
      else if (c === 'b' || c === 'B') c = prefixed('binary', (d) => d === '0' || d === '1');
      else {
        let nonzero = false;
        while (true) {
          if (c === '_') {
            c = nextc();
            if (!digit(c)) {
              backup(c);
              throw fail('invalid decimal literal');
            }
          }
          if (c !== '0') break;
          c = nextc();
        }
        const zerosEnd = cur;
        if (digit(c)) {
          nonzero = true;
          c = decimalTail();
        }
        if (c === '.') c = tail(nextc(), 'fraction');
        else if (c === 'e' || c === 'E') c = tail(c, 'integer');
        else if (c === 'j' || c === 'J') c = tail(c, 'imaginary');
        else if (nonzero) {
          backup(c);
          // 3.10+ underline from the number's start to the first digit after its zeros
          // (syntaxerror_known_range); before, the caret is where it stopped.
          const message = 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
          throw minor >= 10 ? new NumberError(message, start, zerosEnd - 1) : fail(message);
        } else verify(c, 'decimal');
      }
    } else {
      c = decimalTail();
      c = c === '.' ? tail(nextc(), 'fraction') : tail(c, 'integer');
    }
    if (c !== null) backup(c);
    return { ok: true, end: cur, warning };
  } catch (e) {
    if (!(e instanceof NumberError)) throw e;
    return { ok: false, message: e.message, at: e.at, ...(e.end !== undefined ? { end: e.end } : {}) };
  }
}
