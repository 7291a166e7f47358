// A user's syntax problem found while lowering: thrown inside the front end and turned
// into data by parse(); anything else thrown is a bug in the front end.

export type IssueKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'Unsupported';

export class SyntaxIssue {
  /**
   * `at` is a UTF-16 offset into the source. `generic` marks an error that lezer
   * reported with no message; the diagnosis in errors.ts finds CPython's words for it.
   */
  constructor(
    readonly kind: IssueKind,
    readonly message: string,
    readonly at: number,
    readonly generic = false,
    /** A block opener on the last line with no body: each version reports it its own way. */
    readonly atEnd = false,
    /** Where the range 3.10+ underline ends (a UTF-16 offset), when it is more than one character. */
    readonly end: number | null = null,
    /** Where CPython 3.12+'s first pass stopped, when neither `at` nor `end` (escape-warnings.ts). */
    readonly parsedTo: number | null = null,
  ) {}

  /** Raised by CPython's compiler (compile.c), whose offsets are the AST's, in UTF-8 bytes. */
  compiler = false;

  /** 3.8-3.11: the f-string field (its `{` to the end of its expression) compiled alone as `(expr)`, which CPython prints as the error's text. */
  field: { from: number; to: number } | null = null;
}
