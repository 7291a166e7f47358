// 3.8/3.9 SyntaxError's own words for the Python 2 print and exec statements: whatever the
// parser said, SyntaxError_init rewrites the message when the error's line reads like one.

/**
 * Objects/exceptions.c _report_missing_parentheses: no `(` on the line, and the line (or
 * what follows its first `:`) starts with `print ` or `exec ` once stripped; `line` is the
 * error's line of text, `at` its offset in the source. Null when the message stays.
 */
export function legacyStatementMessage(line: string): string | null {
  if (line.includes('(')) return null;
  const check = (start: number): string | null => {
    const rest = line.slice(start).replace(/^[ \t\r\n\f\v]+/, '');
    if (rest.startsWith('exec ')) return "Missing parentheses in call to 'exec'";
    if (!rest.startsWith('print ')) return null;
    // _set_legacy_print_statement_msg: up to a `;`, stripped, a trailing comma as end=" ".
    const semi = rest.indexOf(';');
    const args = (semi < 0 ? rest.slice(6) : rest.slice(6, semi)).replace(/^[ \t\r\n\f\v]+|[ \t\r\n\f\v]+$/g, '');
    return `Missing parentheses in call to 'print'. Did you mean print(${args}${args.endsWith(',') ? ' end=" "' : ''})?`;
  };
  const colon = line.indexOf(':');
  return check(0) ?? (colon >= 0 ? check(colon + 1) : null);
}
