// Scope analysis against python3: every name's scope in every block as the symtable
// module reports it, and co_varnames/co_cellvars/co_freevars of every code object.
import * as assert from 'node:assert/strict';
import { parse } from '../../../../src/runtime/syntax/parse';
import { buildSymtable, Scope } from '../../../../src/runtime/syntax/symtable';
import { corpus, firstDiff, OracleTable, runOracle } from './oracle-util';

const CODE_NAMES: Record<string, string> = {
  top: '<module>', lambda: '<lambda>', listcomp: '<listcomp>', setcomp: '<setcomp>', dictcomp: '<dictcomp>', genexpr: '<genexpr>',
};

function asOracle(s: Scope): OracleTable {
  const symbols = Object.fromEntries([...s.symbols].map(([n, i]) => [n, i.scope]).sort());
  return { type: s.type, name: s.name, line: s.line, symbols, children: s.children.map(asOracle) };
}

function sorted(t: OracleTable): OracleTable {
  return { ...t, symbols: Object.fromEntries(Object.entries(t.symbols).sort()), children: t.children.map(sorted) };
}

const EXTRA = [
  'def f(a, b):\n    def g():\n        return b + a\n    return g\n',
  'def f(x):\n    class C:\n        x = x\n        def m(self):\n            return x\n    return C\n',
  'class A:\n    def m(self):\n        return super().m()\n',
  'def f():\n    y = [z := i for i in range(3)]\n    return lambda: z\n',
  'def f(*args, k, **kw):\n    del k\n    for i, j in kw.items():\n        pass\n    try:\n        pass\n    except E as e:\n        pass\n    import os.path\n',
  'def gen():\n    x = yield\n    yield from range(x)\n',
  // Private names: every symbol in and under a class is its mangled name.
  'class A:\n    __c = 1\n    def __m(self, __p, *, __k=0):\n        __n = __p\n        def g():\n            nonlocal __n\n            return __n, [__i for __i in __k]\n        global __g\n        return g, lambda __l: __l\n    class __B:\n        def m(self):\n            return __c, __z\n',
  'def f():\n    _A__x = __y = 1\n    class A:\n        def m(self):\n            nonlocal __x\n            return __x, __y\n    return A\n',
];

describe('symtable against python3 symtable and code objects', () => {
  const programs = [...corpus('corpus'), ...EXTRA.map((src, i) => ({ name: `extra-${i}`, src }))];
  let oracle: ReturnType<typeof runOracle>;
  before(() => {
    oracle = runOracle(programs.map((p) => p.src));
  });

  for (const [i, p] of programs.entries()) {
    it(`classifies every name in ${p.name} as python3's symtable does and orders co_varnames, co_cellvars and co_freevars alike`, () => {
      const r = parse(p.src);
      assert.ok(r.ok);
      const { top, error } = buildSymtable(r.module);
      assert.equal(error, null);
      assert.equal(firstDiff(asOracle(top), sorted(oracle[i].symtable!)), null);
      const scopes: Scope[] = [];
      const walk = (s: Scope): void => { scopes.push(s); s.children.forEach(walk); };
      walk(top);
      for (const co of oracle[i].codes!) {
        const at = scopes.findIndex((s) => (CODE_NAMES[s.name] ?? s.name) === co.name && (s.type === 'module' || s.firstLine === co.line));
        assert.ok(at >= 0, `no scope for code ${co.name} at line ${co.line}`);
        const s = scopes.splice(at, 1)[0];
        assert.deepEqual({ varnames: s.varnames, cellvars: s.cellvars, freevars: s.freevars },
          { varnames: co.varnames, cellvars: co.cellvars, freevars: co.freevars }, `${co.name} at line ${co.line}`);
      }
    });
  }

  it('marks generators, comprehension scopes and parameters', () => {
    const r = parse('def g(a, *b):\n    yield a\ndef h():\n    return [x for x in ()]\n');
    assert.ok(r.ok);
    const { top } = buildSymtable(r.module);
    const [g, h] = top.children;
    assert.equal(g.isGenerator, true);
    assert.deepEqual(g.params, ['a', 'b']);
    assert.equal(h.isGenerator, false);
    assert.equal(h.children[0].isComprehension, true);
    assert.deepEqual(h.children[0].params, ['.0']);
  });
});
