// Builtins CPython has and the mini-runtime does not (open, exec, input...), and code-object
// attributes made of CPython's bytecode: the run stops at the line with why, not a NameError.
import * as assert from 'node:assert/strict';
import { run } from '../../../../src/runtime/interpreter';

function runPy(source: string, version: '3.8' | '3.11' = '3.11') {
  return run(source, { version, filename: 'script.py' });
}

describe('what the mini-runtime does not provide stops the run at its line', () => {
  for (const [call, why] of [
    ["open('data.txt')", /no file access/],
    ["exec('x = 1')", /runs only the file itself/],
    ['input()', /no standard input/],
    ['exit()', /raise SystemExit instead/],
    ["'é'.encode('UTF-16 LE')", /'UTF-16 LE' codec is not available .*utf-8, ascii, latin-1, and utf-16 and utf-32 by those names/],
    ["b'x'.decode('cp1252')", /'cp1252' codec is not available/],
  ] as const) {
    it(`stops at ${call} with why, keeping what the script printed before`, () => {
      const r = runPy(`print("before")\nx = 1\n${call}\nprint("after")\n`);
      assert.ok(r.end.kind === 'stop' && r.end.reason === 'unsupported' && r.end.line === 3, JSON.stringify(r.end));
      assert.equal(r.stdout, 'before\n');
      assert.match(r.stderr, why);
    });
  }

  it('raises LookupError for an encoding CPython does not know either', () => {
    const r = runPy("try:\n    'a'.encode('no-such-codec')\nexcept LookupError as e:\n    print(e)\n");
    assert.equal(r.stdout, 'unknown encoding: no-such-codec\n');
  });

  it("calls a script's own function named exec, and raises NameError for a name no builtin has", () => {
    const r = runPy('def exec(s):\n    return len(s)\nprint(exec("abc"))\ntry:\n    nothing_here\nexcept NameError as e:\n    print(e)\n');
    assert.equal(r.stdout, "3\nname 'nothing_here' is not defined\n");
    assert.equal(r.exitCode, 0);
  });

  it('raises NameError for aiter on 3.8, which has no such builtin, and stops on 3.11, which has one', () => {
    assert.match(runPy('aiter\n', '3.8').stderr, /NameError: name 'aiter' is not defined/);
    const r = runPy('aiter\n');
    assert.ok(r.end.kind === 'stop' && r.end.reason === 'unsupported', JSON.stringify(r.end));
  });

  it("stops at a read of co_code, whose bytes are CPython's bytecode", () => {
    const r = runPy('def f():\n    return 1\nc = f.__code__\nprint(c.co_names)\nc.co_code\n');
    assert.ok(r.end.kind === 'stop' && r.end.reason === 'unsupported' && r.end.line === 5, JSON.stringify(r.end));
    assert.equal(r.stdout, '()\n');
  });
});
