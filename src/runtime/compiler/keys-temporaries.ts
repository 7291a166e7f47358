// What compiling a script does to CPython's dict-keys free list (Objects/dictobject.c
// new_keys_object / free_keys_object): the symbol table's and the compiler's dicts each hold
// an 8-slot keys object while they have 1-5 entries, taken from the list and parked on it again.
import type * as A from '../syntax/ast';
import { CO_FUTURE_ANNOTATIONS } from '../syntax/future';
import { inlinedSymbols, pushedNames, type Scope } from './scopes';
import type { CodeUnit, ConstSpec } from './unit';
import { compiledConst, cpythonLocals, foldedTuples, makecodeKeys, specKey } from './code-object';
import { isInlined } from './inlined-names';
import { constKey } from './unit';

/** PyDict_MAXFREELIST. */
const MAXFREE = 80;

/** The keys free list while a module is compiled. */
class KeysList {
  constructor(
    public length: number,
    readonly minor: number,
  ) {}

  /** 3.11+ keep only str-kind (DICT_KEYS_UNICODE) tables; earlier versions any 8-slot one. */
  private parkable(unicode: boolean): boolean {
    return unicode || this.minor <= 10;
  }

  take(unicode: boolean): void {
    if (this.parkable(unicode) && this.length > 0) this.length--;
  }

  park(unicode: boolean): void {
    if (this.parkable(unicode) && this.length < MAXFREE) this.length++;
  }
}

/** One dict as its keys object goes: none while empty, 8 slots for 1-5 entries, then larger. */
class Table {
  private n = 0;
  private unicode = true;
  private small = false;
  constructor(private readonly list: KeysList) {}

  get size(): number {
    return this.n;
  }

  insert(str: boolean): void {
    const list = this.list;
    if (this.n === 0) {
      // insert_to_emptydict: 3.11+ choose the kind by the first key.
      this.unicode = str || list.minor <= 10;
      list.take(this.unicode);
      this.small = true;
    } else if (this.unicode && !str && list.minor >= 11) {
      // insertdict: a key that is not a str makes a general table (insertion_resize, 16 slots).
      if (this.small) list.park(true);
      this.small = false;
      this.unicode = false;
    } else if (this.n === 5 && this.small) {
      // insertion_resize: the sixth entry needs 16 slots.
      list.park(this.unicode);
      this.small = false;
    }
    this.n++;
  }

  free(): void {
    if (this.small) this.list.park(this.unicode);
    this.small = false;
  }
}

/** A compiler unit's tables (compiler_enter_scope): u_consts, u_names, u_varnames, u_cellvars, u_freevars, 3.12+ u_fasthidden. */
interface UnitTables {
  readonly consts: Table;
  readonly constKeys: Set<string>;
  readonly names: Table;
  readonly nameSet: Set<string>;
  readonly varnames: Table;
  readonly varSet: Set<string>;
  readonly others: Table[];
  readonly hidden: Table;
  readonly hiddenSet: Set<string>;
  readonly scope: Scope;
  /** Inlined comprehensions being compiled here (u_in_inlined_comp). */
  inlining: number;
}

/**
 * How many keys objects the free list holds once the module compiled to top has been
 * compiled under 3.minor, when it held `start` before. Each table takes a keys object from
 * the list at its first entry and parks it at its sixth or when freed, so the list ends
 * longer only by what was alive at once beyond what it held:
 * - Python/symtable.c: st_blocks (int keys), each scope's ste_symbols as it is built, then
 *   analyze_block's `scopes` dict per scope down the nesting, and the free names
 *   update_symbols adds (3.12+ inline_comprehension adds a comprehension's names);
 * - Python/compile.c: c_const_cache, and per unit on the way down its u_* tables, filled in
 *   the order the compiler adds constants, names and fast locals (3.12+ an inlined
 *   comprehension's go to its enclosing unit, with push_inlined_comprehension_state's
 *   temp_symbols dict and u_fasthidden entries).
 */
export function keysAfterCompile(top: CodeUnit, minor: number, start: number): number {
  const list = new KeysList(start, minor);
  const table = (): Table => new Table(list);
  const top0 = top.scope;

  // ---- symtable_enter_block and the symbols each scope gets as it is visited ----
  const stBlocks = table();
  const ste = new Map<Scope, Table>();
  const symbols = new Map<Scope, Set<string>>();
  const insertSymbol = (s: Scope, name: string): void => {
    const set = symbols.get(s)!;
    if (set.has(name)) return;
    set.add(name);
    ste.get(s)!.insert(true);
  };
  // symtable_visit_annotation(s): the scopes' analysis leaves annotations out. Under the
  // future, 3.10+ give each a block of its own, in st_blocks only (not a child to analyze; a
  // def's parameters share the def's key, which its own block then takes over); otherwise
  // their names are the scope's.
  const future = minor >= 10 && (top.flags & CO_FUTURE_ANNOTATIONS) !== 0;
  const build = (s: Scope): void => {
    stBlocks.insert(false);
    ste.set(s, table());
    symbols.set(s, new Set());
    const names = [...s.symbols.keys()];
    const blocks: { names: Set<string>; keyed: boolean }[] = [];
    for (const a of annotationsOf(s)) {
      if (!future) {
        for (const n of a.names) if (!names.includes(s.mangle(n))) names.push(s.mangle(n));
      } else blocks.push({ names: new Set(a.names.map((n) => s.mangle(n))), keyed: a.keyed });
    }
    let added = 0;
    const upTo = (k: number): void => {
      for (; added < k; added++) {
        insertSymbol(s, names[added]);
        // symtable_add_def_helper: a name declared global is the module's too (st_global).
        if (s !== top0 && s.symbols.get(names[added])?.global === true) insertSymbol(top0, names[added]);
      }
    };
    for (const c of s.children) {
      upTo(c.symbolsBefore);
      build(c);
    }
    upTo(names.length);
    for (const b of blocks) {
      const t = table();
      for (const _ of b.names) t.insert(true);
      // A def's parameters' block goes once the def's own block takes its key.
      if (!b.keyed) t.free();
      else {
        stBlocks.insert(false);
        annotationTables.push(t);
      }
    }
  };
  const annotationTables: Table[] = [];
  build(top0);

  // ---- analyze_block ----
  const inlined = (s: Scope): boolean => minor >= 12 && s.kind === 'comprehension' && !s.isGenerator;
  const analyze = (s: Scope): void => {
    const scopes = table();
    for (let i = symbols.get(s)!.size; i > 0; i--) scopes.insert(true);
    for (const c of s.children) {
      analyze(c);
      // inline_comprehension: the comprehension's names the scope lacks become its own.
      if (inlined(c)) {
        for (const n of symbols.get(c)!) {
          if (n === '.0' || symbols.get(s)!.has(n)) continue;
          insertSymbol(s, n);
          scopes.insert(true);
        }
      }
    }
    // update_symbols: a free name of a child passes through this scope as its own free name.
    for (const n of s.freevars) insertSymbol(s, n);
    scopes.free();
  };
  analyze(top0);

  // ---- the compiler ----
  const cache = table();
  const cached = new Set<string>();
  const mergeKey = (k: string): void => {
    if (cached.has(k)) return;
    cached.add(k);
    cache.insert(false);
  };
  // merge_consts_recursive: None and Ellipsis are not cached; a str is its own (str) key.
  const merge = (c: ConstSpec): void => {
    if (c.t === 'none' || c.t === 'ellipsis') return;
    const k = specKey(c, minor);
    if (cached.has(k)) return;
    cached.add(k);
    cache.insert(c.t === 'str');
    if (c.t === 'tuple' || c.t === 'frozenset') c.items.forEach(merge);
  };
  // compiler_add_const: merged first; _PyCode_ConstantKey is the str itself, else not a str.
  const addConst = (t: UnitTables, c: ConstSpec): void => {
    merge(c);
    const k = specKey(c, minor);
    if (!t.constKeys.has(k)) {
      t.constKeys.add(k);
      t.consts.insert(c.t === 'str');
    }
  };
  const addTo = (tab: Table, set: Set<string>, n: string): void => {
    if (set.has(n)) return;
    set.add(n);
    tab.insert(true);
  };

  const replay = (u: CodeUnit, t: UnitTables): void => {
    const compiled = compiledConst(u, minor);
    const index = new Map<string, number>();
    u.consts.forEach((c, i) => {
      const k = constKey(c);
      if (k !== null && !index.has(k)) index.set(k, i);
    });
    const indexOf = (c: ConstSpec): number => {
      const k = constKey(c);
      return k === null ? u.consts.indexOf(c) : (index.get(k) ?? -1);
    };
    const folded: ConstSpec[] = [];
    // compiler_lambda: None is the first constant.
    if (u.scope.kind === 'lambda') addConst(t, { t: 'none' });
    for (const ev of u.log) {
      if ('c' in ev) {
        const c = ev.c;
        if (c.t === 'code') {
          if (isInlined(c.unit, minor)) continue;
          unit(c.unit);
          addConst(t, c);
          // compiler_make_closure (3.8-3.10) loads the qualified name; compiler_class the bare one.
          if (minor <= 10) addConst(t, { t: 'str', v: c.unit.scope.kind === 'class' ? c.unit.name : c.unit.qualname });
          continue;
        }
        const i = indexOf(c);
        if (i >= 0 && !compiled(i)) continue;
        // The optimizer's tuples (fold_tuple_on_constants) are not u_consts', their items are
        // (3.12+ drops those once unused, so the compiler logs only the tuple).
        if (foldedTuples.has(c)) {
          if (minor >= 12 && c.t === 'tuple') c.items.forEach((x) => addConst(t, x));
          folded.push(c);
          continue;
        }
        addConst(t, c);
      } else if ('name' in ev) addTo(t.names, t.nameSet, ev.name);
      else if ('fast' in ev) {
        if (ev.fast !== '.0' || u.scope === t.scope) addTo(t.varnames, t.varSet, ev.fast);
      } else if (minor >= 12 && isInlined(ev.inline, minor)) inline(ev.inline, t);
    }
    // merge_const_one: the folded tuple alone.
    if (minor >= 10) for (const c of folded) mergeKey(specKey(c, minor));
  };

  // push_inlined_comprehension_state ... pop_inlined_comprehension_state (3.12+).
  const inline = (cu: CodeUnit, t: UnitTables): void => {
    const cs = cu.scope;
    const parent = t.scope;
    // in_class_block: only a class body's own comprehension, not one inside it.
    const inClass = parent.kind === 'class' && t.inlining === 0;
    t.inlining++;
    let temp: Table | null = null;
    const pushed = new Set(pushedNames(cs, inClass));
    for (const [n, sym] of inlinedSymbols(cs)) {
      const bound = pushed.has(n) && !sym.param;
      const outer = parent.symbols.get(n);
      // temp_symbols: a name whose scope inside differs from outside is set in the enclosing
      // ste_symbols while the comprehension is compiled. 3.13 counts `.0` (outside it is
      // nothing, or what the last comprehension restored); measured, 3.12.1 does not.
      const differs =
        inClass ||
        (n === '.0' ? minor >= 13 && t.inlining === 1 : (cs.cellvars.includes(n) && outer?.bound === true) || (bound && outer !== undefined && !outer.bound));
      if (differs) {
        temp ??= table();
        insertSymbol(parent, n);
        temp.insert(true);
      }
      // The names it binds are fast locals saved and restored (LOAD_FAST_AND_CLEAR), hidden in
      // a module or class body (u_fasthidden).
      if (pushed.has(n)) {
        if (!parent.isFunctionLike) addTo(t.hidden, t.hiddenSet, n);
        addTo(t.varnames, t.varSet, n);
      }
    }
    replay(cu, t);
    t.inlining--;
    temp?.free();
  };

  const unit = (u: CodeUnit): void => {
    const s = u.scope;
    const view = cpythonLocals(u, minor);
    const t: UnitTables = {
      consts: table(),
      constKeys: new Set(),
      names: table(),
      nameSet: new Set(),
      varnames: table(),
      varSet: new Set(),
      others: [table(), table()],
      hidden: table(),
      hiddenSet: new Set(),
      scope: s,
      inlining: 0,
    };
    // list2dict(ste_varnames): the parameters; dictbytype: the cells, then the free names.
    for (const p of s.isFunctionLike ? s.params : []) addTo(t.varnames, t.varSet, p);
    for (const _ of view.cellvars) t.others[0].insert(true);
    for (const _ of view.freevars) t.others[1].insert(true);
    replay(u, t);
    for (const k of makecodeKeys(u, minor)) mergeKey(k);
    // compiler_unit_free
    for (const x of [t.consts, t.names, t.varnames, ...t.others, t.hidden]) x.free();
  };
  unit(top);

  // compiler_free: the symbol table, then the constant cache.
  for (const x of ste.values()) x.free();
  for (const x of annotationTables) x.free();
  stBlocks.free();
  cache.free();
  return list.length;
}

/**
 * The annotations a scope's statements hold (its defs' parameters and returns, its annotated
 * assignments, not nested scopes' bodies), each with the names it uses; keyed: an annotation
 * block of its own in st_blocks (a def's returns and an annotated assignment).
 */
function annotationsOf(s: Scope): { names: string[]; keyed: boolean }[] {
  const out: { names: string[]; keyed: boolean }[] = [];
  const node = s.node as A.Node & { kind: string };
  if (node.kind !== 'Module' && node.kind !== 'FunctionDef' && node.kind !== 'ClassDef') return out;
  const stmts = (body: readonly A.Stmt[]): void => {
    for (const st of body) {
      switch (st.kind) {
        case 'FunctionDef': {
          const a = st.args;
          const params = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...(a.kwarg ? [a.kwarg] : []), ...a.kwonlyargs];
          out.push({ names: params.flatMap((p) => (p.annotation ? namesIn(p.annotation) : [])), keyed: false });
          if (st.returns) out.push({ names: namesIn(st.returns), keyed: true });
          break;
        }
        case 'AnnAssign':
          out.push({ names: namesIn(st.annotation), keyed: true });
          break;
        case 'For':
        case 'While':
        case 'If':
          stmts(st.body);
          stmts(st.orelse);
          break;
        case 'With':
          stmts(st.body);
          break;
        case 'Try':
          stmts(st.body);
          for (const h of st.handlers) stmts(h.body);
          stmts(st.orelse);
          stmts(st.finalbody);
          break;
        case 'Match':
          for (const c of st.cases) stmts(c.body);
          break;
      }
    }
  };
  stmts((node as A.Module | A.FunctionDef | A.ClassDef).body);
  return out;
}

/** The distinct names an expression reads, in order. */
function namesIn(e: unknown, out: string[] = []): string[] {
  if (Array.isArray(e)) {
    for (const x of e) namesIn(x, out);
  } else if (e !== null && typeof e === 'object') {
    const o = e as { kind?: string; id?: string };
    if (o.kind === 'Name' && typeof o.id === 'string') {
      if (!out.includes(o.id)) out.push(o.id);
      return out;
    }
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') namesIn(v, out);
  }
  return out;
}
