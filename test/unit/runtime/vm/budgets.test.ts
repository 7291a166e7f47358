// Runs that must stop cleanly, at the line responsible: endless loops past the step or
// time budget, requests past the heap budget, and recursion deeper than the limit.
import * as assert from 'node:assert/strict';
import { analyzeRun } from '../../../../src/analysis/analyze';
import { run } from '../../../../src/runtime/interpreter';

function runPy(source: string, opts: { stepBudget?: number; timeBudgetMs?: number; heapBudgetBytes?: number; traceBudgetBytes?: number } = {}) {
  return run(source, { version: '3.11', filename: 'script.py', ...opts });
}

describe('budgets stop a run at its line', () => {
  it('stops an endless loop at the step budget and names the line in the loop', () => {
    const r = runPy('x = 0\nwhile True:\n    x += 1\n', { stepBudget: 200_000 });
    assert.equal(r.end.kind, 'stop');
    assert.ok(r.end.kind === 'stop' && r.end.reason === 'steps' && (r.end.line === 2 || r.end.line === 3));
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /^script\.py:[23]: the script ran past its step budget/);
  });

  it('stops an endless loop at the time budget', () => {
    const r = runPy('while True:\n    pass\n', { stepBudget: 1e12, timeBudgetMs: 200 });
    assert.ok(r.end.kind === 'stop' && r.end.reason === 'time');
  });

  it('stops a fast endless loop when its trace passes the trace budget, long before the time budget', () => {
    const t0 = Date.now();
    const r = runPy('n = 0\nwhile True:\n    n += 1\n', { stepBudget: 1e12, timeBudgetMs: 60_000, traceBudgetBytes: 16 * 1024 * 1024 });
    assert.ok(r.end.kind === 'stop' && r.end.reason === 'trace' && (r.end.line === 2 || r.end.line === 3), JSON.stringify(r.end));
    assert.match(r.stderr, /^script\.py:[23]: the script's trace passed its budget of 16 MiB/);
    assert.ok(r.heap.trace.bytesUsed < 17 * 1024 * 1024);
    assert.ok(Date.now() - t0 < 30_000);
  });

  it('stops a builtin that loops over an iterator without allocating (any(repeat(0))) at the time budget, at its line', () => {
    const r = runPy('from itertools import repeat\nprint("before")\nprint(any(repeat(0)))\n', { stepBudget: 1e12, timeBudgetMs: 300 });
    assert.ok(r.end.kind === 'stop' && (r.end.reason === 'time' || r.end.reason === 'trace') && r.end.line === 3, JSON.stringify(r.end));
    assert.equal(r.stdout, 'before\n');
  });

  // A generator suspended at exit whose finally never ends: the exit's finalization closes it.
  const ENDLESS_FINALLY = ['def gen():', '    try:', '        yield 1', '    finally:', '        while True:', '            pass', 'it = gen()', 'next(it)', 'print("done")'];
  for (const [how, tail, before] of [
    ['ends normally', '', ''],
    ['ends in an uncaught exception', '1 / 0\n', 'Traceback (most recent call last):\n  File "script.py", line 10, in <module>\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n'],
  ]) {
    it(`stops a finalizer that loops at exit, after a script that ${how}, at the finalizer's line, keeping the script's output and annotations`, () => {
      const source = `${ENDLESS_FINALLY.join('\n')}\n${tail}`;
      const { result: r } = analyzeRun({ runId: 1, source, filename: 'script.py', version: '3.11', stepBudget: 1e12, timeBudgetMs: 300, stdio: 'unbuffered' });
      assert.equal(r.stdout, 'done\n');
      assert.equal(r.exitCode, 1);
      assert.ok(r.outcome.kind === 'stop' && r.outcome.reason === 'time' && (r.outcome.line === 5 || r.outcome.line === 6), JSON.stringify(r.outcome));
      assert.match(r.outcome.message, /^the script ran past its time budget \(an endless loop\?\) in the finalization at exit/);
      assert.equal(r.stderr, `${before}script.py:${r.outcome.line}: ${r.outcome.message}\n`);
      // The script's own lines keep their counts: line 9 ran once, before the exit.
      assert.equal(r.lines.find((l) => l.line === 9)?.executions, 1);
    });
  }

  it('refuses [0] * 10**9 before building it, at the heap budget', () => {
    const r = runPy('a = [1]\nb = [0] * 10**9\nprint("after")\n');
    assert.ok(r.end.kind === 'stop' && r.end.reason === 'heap' && r.end.line === 2);
    assert.equal(r.stdout, '');
  });

  it('refuses a string repeated past the heap budget', () => {
    const r = runPy('s = "ab" * 10**9\n');
    assert.ok(r.end.kind === 'stop' && r.end.reason === 'heap' && r.end.line === 1);
  });

  it('refuses a repeat past the heap budget whichever way it is asked (slot wrappers, *=), before building it', () => {
    for (const stmt of ['x = [1].__mul__(10**17)', 'x = (1, 2).__rmul__(10**15)', 'x = "ab".__mul__(10**17)', 'x = b"ab".__mul__(10**15)', 'x = bytearray(b"ab")\nx *= 10**12', 'x = 10**15 * bytearray(b"a")']) {
      const r = runPy(`print("before")\n${stmt}\nprint("after")\n`);
      assert.ok(r.end.kind === 'stop' && r.end.reason === 'heap', `${stmt}: ${JSON.stringify(r.end)}`);
      assert.equal(r.stdout, 'before\n');
    }
  });

  it('refuses 10**10**10, 2**(2**40), a huge shift and a huge product before computing them, at the heap budget', () => {
    for (const expr of ['10**10**10', '2**(2**40)', '1 << 10**12', '(1 << 20_000_000) * (1 << 20_000_000)']) {
      const r = runPy(`a = 1\nb = ${expr}\nprint("after")\n`, { heapBudgetBytes: 8 * 1024 * 1024 });
      assert.ok(r.end.kind === 'stop' && r.end.reason === 'heap' && r.end.line === 2, `${expr}: ${JSON.stringify(r.end)}`);
      assert.match(r.stderr, /^script\.py:2: the script builds an int of [\d,]+ bits|about 2\*\*\d+ bits/);
      assert.equal(r.stdout, '');
    }
  });

  it('stops a request larger than the engine can make at its line, as a heap stop and not an internal error', () => {
    const stmts = [
      'x = bytes(2**40)',
      'x = "a".ljust(2**40)',
      'x = b"a".center(2**40)',
      'x = (1).to_bytes(2**40, "big")',
      'x = f"{1:{2**40}}"',
      'x = "%*d" % (2**40, 1)',
      'x = ("a" * 2**20).replace("a", "bb" * 2**10)',
      'x = (2**(2**30)).bit_length()',
      'x = list(range(2**40))',
      'x = [1]\nx *= 2**40',
      'x = format(1.5, ".2000000000f")',
    ];
    for (const stmt of stmts) {
      const r = runPy(`print("before")\n${stmt}\nprint("after")\n`, { timeBudgetMs: 20_000 });
      const lines = stmt.split('\n').length;
      assert.ok(r.end.kind === 'stop' && r.end.reason === 'heap' && r.end.line === 1 + lines, `${stmt}: ${JSON.stringify(r.end)}`);
      assert.equal(r.stdout, 'before\n');
    }
  });

  it('returns a tuple repeated once as itself, before sizing the repeat against the heap budget', () => {
    const r = runPy('t = (None,) * 300000\nu = t * 1\nprint(u is t)\n', { heapBudgetBytes: 4 * 1024 * 1024 });
    assert.equal(r.end.kind, 'ok', JSON.stringify(r.end));
    assert.equal(r.stdout, 'True\n');
  });

  it('stops the long loop of a builtin (dict.fromkeys of a huge range) at the time budget, at the line that called it', () => {
    const r = runPy('def f():\n    return dict.fromkeys(range(2**27))\nx = 1\ny = f()\n', { timeBudgetMs: 300 });
    assert.ok(r.end.kind === 'stop' && r.end.reason === 'time' && r.end.line === 2, JSON.stringify(r.end));
    assert.match(r.stderr, /^script\.py:2: the script ran past its time budget/);
  });

  it('raises a catchable RecursionError at the recursion limit, not a JS stack overflow', () => {
    const r = runPy('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\n');
    assert.equal(r.stdout, 'caught maximum recursion depth exceeded\n');
    assert.equal(r.exitCode, 0);
  });

  it('reaches depth 990 like CPython with the default limit of 1000', () => {
    const r = runPy('def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(990))\n');
    assert.equal(r.stdout, '990\n');
  });

  it('turns recursion through __repr__ (not inlined) into RecursionError', () => {
    const r = runPy('class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n');
    assert.ok(r.end.kind === 'exception' && r.end.type === 'RecursionError');
    // The JS stack may run out first (a cold JIT's frames are larger); at the limit 3.11 names repr's call, as CPython does.
    assert.match(r.stderr, /\[Previous line repeated \d+ more times\]\nRecursionError: maximum recursion depth exceeded( while calling a Python object)?\n$/);
  });
});
