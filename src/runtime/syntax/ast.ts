// The interpreter's AST: plain data shaped like CPython 3.11's `ast` module, so a reader
// can hold it next to Python/Python.asdl. Node names are CPython's; fields are CPython's
// in camelCase (kw_defaults → kwDefaults, end_lineno → endLine).

/**
 * Where a node sits. `line`/`endLine` are 1-based like lineno; `col`/`endCol` are
 * 0-based and counted in code points (CPython's col_offset counts UTF-8 bytes; the two
 * agree on ASCII lines).
 */
export interface Loc {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpName = 'And' | 'Or';
export type OperatorName =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpName = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpName = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/**
 * A Constant's value: int is bigint, float is number, str is string; the rest are
 * tagged because JavaScript has no native form for them.
 */
export type ConstantValue =
  | bigint
  | number
  | string
  | boolean
  | null
  /**
   * onePiece: a literal whose pieces leave one non-empty (b'ab', b'' b'ab'): its object is that
   * piece's. refolds: how many folds gave the literal's own object back (b'ab' * 1, b'' + b'ab').
   */
  | { readonly type: 'bytes'; readonly bytes: Uint8Array; readonly onePiece?: true; readonly refolds?: number }
  | { readonly type: 'complex'; readonly imag: number; readonly real?: number }
  | { readonly type: 'ellipsis' };

export interface Module {
  kind: 'Module';
  body: Stmt[];
}

// ---- statements ----

export interface FunctionDef extends Loc {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decoratorList: Expr[];
  returns: Expr | null;
}
export interface ClassDef extends Loc {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decoratorList: Expr[];
}
export interface Return extends Loc { kind: 'Return'; value: Expr | null }
export interface Delete extends Loc { kind: 'Delete'; targets: Expr[] }
/** `a = b = v` is one Assign with targets [a, b]. */
export interface Assign extends Loc { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Loc { kind: 'AugAssign'; target: Expr; op: OperatorName; value: Expr }
/** `simple` is 1 when the target is a bare, unparenthesized Name. */
export interface AnnAssign extends Loc {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: 0 | 1;
}
export interface For extends Loc { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync?: true }
export interface While extends Loc { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
/** `elif` chains are nested Ifs in orelse, as in CPython. */
export interface If extends Loc { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Loc { kind: 'With'; items: WithItem[]; body: Stmt[]; isAsync?: true }
export interface Raise extends Loc { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Loc {
  kind: 'Try';
  /** CPython's TryStar: the handlers are `except*` clauses (3.11+). */
  star?: boolean;
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Loc { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Loc { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Loc { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Loc { kind: 'Global'; names: string[] }
export interface Nonlocal extends Loc { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Loc { kind: 'Expr'; value: Expr }
export interface Pass extends Loc { kind: 'Pass' }
export interface Break extends Loc { kind: 'Break' }
export interface Continue extends Loc { kind: 'Continue' }
export interface Match extends Loc { kind: 'Match'; subject: Expr; cases: MatchCase[] }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue | Match;

// ---- expressions ----

export interface BoolOp extends Loc { kind: 'BoolOp'; op: BoolOpName; values: Expr[] }
export interface NamedExpr extends Loc { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Loc { kind: 'BinOp'; left: Expr; op: OperatorName; right: Expr }
export interface UnaryOp extends Loc { kind: 'UnaryOp'; op: UnaryOpName; operand: Expr }
export interface Lambda extends Loc { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Loc { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** A null key is a `**mapping` entry. */
export interface Dict extends Loc { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Loc { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Loc { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Loc { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Loc { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Loc { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Yield extends Loc { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Loc { kind: 'YieldFrom'; value: Expr }
/** Only outside an async function (the mini-runtime runs none): the compiler rejects it (compile-checks.ts). */
export interface Await extends Loc { kind: 'Await'; value: Expr }
export interface Compare extends Loc { kind: 'Compare'; left: Expr; ops: CmpOpName[]; comparators: Expr[] }
export interface Call extends Loc { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion is CPython's: -1 none, 115 !s, 114 !r, 97 !a. */
export interface FormattedValue extends Loc {
  kind: 'FormattedValue';
  value: Expr;
  conversion: -1 | 115 | 114 | 97;
  formatSpec: JoinedStr | null;
}
export interface JoinedStr extends Loc { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Loc { kind: 'Constant'; value: ConstantValue }
export interface Attribute extends Loc { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Loc { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Loc { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Loc { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Loc { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Loc { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Loc { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Yield | YieldFrom | Await | Compare
  | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred
  | Name | List | Tuple | Slice;

// ---- helper nodes (CPython gives arguments, comprehension and withitem no location) ----

export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonlyarg; null where it has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional parameters (posonly then regular). */
  defaults: Expr[];
}
export interface Arg extends Loc { kind: 'arg'; arg: string; annotation: Expr | null }
/** arg is null for `**mapping`. */
export interface Keyword extends Loc { kind: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Loc { kind: 'alias'; name: string; asname: string | null }
export interface WithItem { kind: 'withitem'; contextExpr: Expr; optionalVars: Expr | null }
export interface Comprehension { kind: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; isAsync: 0 }
export interface ExceptHandler extends Loc {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

// ---- patterns (PEP 634; match_case has no location in CPython) ----

export interface MatchCase { kind: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }
/** A literal or dotted-name pattern compared with ==. */
export interface MatchValue extends Loc { kind: 'MatchValue'; value: Expr }
/** None, True or False, compared with `is`. */
export interface MatchSingleton extends Loc { kind: 'MatchSingleton'; value: null | boolean }
export interface MatchSequence extends Loc { kind: 'MatchSequence'; patterns: Pattern[] }
/** `**rest` is `rest`; keys are Constants or Attributes. */
export interface MatchMapping extends Loc { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Loc {
  kind: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}
/** `*name`; name is null for `*_`. */
export interface MatchStar extends Loc { kind: 'MatchStar'; name: string | null }
/** `p as name`, a bare capture (pattern null) or the wildcard `_` (both null). */
export interface MatchAs extends Loc { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Loc { kind: 'MatchOr'; patterns: Pattern[] }

export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node = Module | Stmt | Expr | Arguments | Arg | Keyword | Alias | WithItem | Comprehension | ExceptHandler | MatchCase | Pattern;
