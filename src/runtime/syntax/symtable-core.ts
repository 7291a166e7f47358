// The symtable's data: the scope tree it builds for the compiler, the flags it records per
// name and block while walking the AST (Python/symtable.c DEF_*), and how it fails.
import type * as A from './ast';

export type BlockType = 'module' | 'function' | 'class';
export type SymbolScope = 'local' | 'global-explicit' | 'global-implicit' | 'free' | 'cell';

export interface SymbolInfo {
  name: string;
  scope: SymbolScope;
  param: boolean;
  /** Bound in this block: assignment, import, def, class, for, with, except, del. */
  assigned: boolean;
  referenced: boolean;
  declaredGlobal: boolean;
  declaredNonlocal: boolean;
  imported: boolean;
  annotated: boolean;
}

export interface Scope {
  type: BlockType;
  /** symtable's names: 'top', the def/class name, 'lambda', 'listcomp', 'genexpr', 'setcomp', 'dictcomp'. */
  name: string;
  /** The def/class/lambda/comprehension line (decorators excluded, like ste_lineno). */
  line: number;
  /** co_firstlineno: the first decorator's line when decorated. */
  firstLine: number;
  node: A.Module | A.FunctionDef | A.ClassDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
  symbols: Map<string, SymbolInfo>;
  children: Scope[];
  /** Parameters in co_varnames order: posonly, regular, keyword-only, *args, **kwargs. */
  params: string[];
  isGenerator: boolean;
  isComprehension: boolean;
  /** Free variables in children resolve through this class's own binding (DEF_FREE_CLASS). */
  needsClassClosure: boolean;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
}

export interface SymtableError {
  message: string;
  line: number;
  col: number;
  /** Something the mini-runtime does not model, rather than a SyntaxError. */
  unsupported?: boolean;
  /** Raised by the compiler, not the symtable: the node it meets it at (syntax/compile-checks.ts). */
  compilerAt?: A.Loc;
  /** The end of the node it is raised at, which 3.10+ underline. */
  endLine?: number;
  endCol?: number;
}

export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_IMPORT = 32, DEF_ANNOT = 64, DEF_COMP_ITER = 128;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export interface Block {
  scope: Scope;
  flags: Map<string, number>;
  /** Names in the order the compiler first emits them, for co_varnames. */
  order: string[];
  parent: Block | null;
  /** Comprehension scopes (for walrus targets). */
  comp: boolean;
  /** st_private: the class private names are mangled with here (symbols are keyed by the mangled name). */
  priv: string | null;
}

export class Fail {
  constructor(readonly error: SymtableError) {}
}

export function fail(message: string, at: A.Loc): never {
  throw new Fail({ message, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol });
}

export function newScope(type: BlockType, name: string, node: Scope['node'], line: number, firstLine: number): Scope {
  return {
    type, name, line, firstLine, node, symbols: new Map(), children: [], params: [], isGenerator: false,
    isComprehension: false, needsClassClosure: false, varnames: [], cellvars: [], freevars: [],
  };
}
