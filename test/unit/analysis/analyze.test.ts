// The per-line summaries are what the allocator saw, and the refcounts of bound names
// are CPython's (python3 prints them with sys.getrefcount).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { analyze, analyzeRun, lineSummaries } from '../../../src/analysis/analyze';
import { annotationText } from '../../../src/analysis/annotate';
import { run } from '../../../src/runtime/interpreter';
import { EventKind } from '../../../src/runtime/trace';

const SCRIPT = ['x = [1, 2, 3]', 'y = x', 'z = {"a": x}', 'for i in range(1000):', '    t = (i, i + 1000)', 'del t', ''].join('\n');

describe('analysis of a run', () => {
  it('attributes every block still live at the end to the line that last allocated, reallocated or reused it', () => {
    const r = run(SCRIPT, { version: '3.11' });
    assert.equal(r.exitCode, 0, r.stderr);
    const lines = lineSummaries(r.heap);
    // Blocks allocated before the first line ran (the code's constants) belong to line 0.
    const t = r.heap.trace;
    const live = new Map<number, number>();
    for (let i = 0; i < t.length; i++) {
      if (t.kind[i] === EventKind.Alloc) live.set(t.addr[i], t.line[i]);
      else if (t.kind[i] === EventKind.Free) live.delete(t.addr[i]);
      else if (t.kind[i] === EventKind.Realloc) {
        live.delete(t.prev.get(i) ?? t.addr[i]);
        live.set(t.addr[i], t.line[i]);
      } else if (t.kind[i] === EventKind.Reuse) live.set(t.addr[i], t.line[i]);
    }
    const atLine0 = [...live.values()].filter((l) => l === 0).length;
    const summed = lines.reduce((n, s) => n + s.liveBlocks, 0);
    assert.equal(summed + atLine0, r.heap.pymalloc.getAllocatedBlocks());
  });

  it("counts a line's live blocks where the script ended, before closing its suspended generators frees them", () => {
    const source = ['def gen():', '    data = [1, 2, 3]', '    try:', '        yield data', '    finally:', '        print("closed")', 'it = gen()', 'next(it)', ''].join('\n');
    const r = run(source, { version: '3.11' });
    assert.equal(r.stdout, 'closed\n');
    const t = r.heap.trace;
    /** Blocks line 2 holds before event `upTo` (a list parked on its free list is still a block). */
    const liveOfLine2 = (upTo: number): number => {
      const live = new Map<number, number>();
      for (let i = 0; i < upTo; i++) {
        const k = t.kind[i];
        if (k === EventKind.Alloc || k === EventKind.Reuse) live.set(t.addr[i], t.line[i]);
        else if (k === EventKind.Free) live.delete(t.addr[i]);
      }
      return [...live.values()].filter((l) => l === 2).length;
    };
    const atEnd = liveOfLine2(r.heap.scriptEnd!.event);
    // Closing the generator at exit, after the script's end, freed the list's items.
    assert.ok(liveOfLine2(t.length) < atEnd, 'nothing of line 2 was freed at exit');
    assert.equal(lineSummaries(r.heap).find((s) => s.line === 2)!.liveBlocks, atEnd);
  });

  it("gives the heap summary the script's last line saw, not what closing its generators at exit left", () => {
    const source = ['import sys', 'def gen():', '    data = [[1], [2], [3]]', '    try:', '        yield data', '    finally:', '        print("closed")', 'it = gen()', 'next(it)', 'print(sys.getallocatedblocks())', ''].join('\n');
    const { result, heap } = analyzeRun({ runId: 1, source, filename: 't.py', version: '3.11', stepBudget: 1e7, timeBudgetMs: 10000 });
    const [printed, closed] = result.stdout.trim().split('\n');
    assert.equal(closed, 'closed');
    assert.equal(result.heap.allocatedBlocks, Number(printed));
    assert.ok(heap.allocatedBlocks() < Number(printed), 'closing the generator freed nothing');
  });

  it("shows the names' objects as the script's code left them, not as the exit's finalization left them", () => {
    const source = [
      'import sys',
      'def make():',
      '    t = [1, 2]',
      '    return t',
      'def gen():',
      '    data = [3, 4, 5]',
      '    try:',
      '        yield data',
      '    finally:',
      '        make()',
      'keep = make()',
      'it = gen()',
      'print(sys.getsizeof(next(it)))',
      'a = [keep]',
      'a.append(a)',
      'del a',
      'print(id(keep), sys.getsizeof(keep))',
      '',
    ].join('\n');
    const { result, heap } = analyzeRun({ runId: 1, source, filename: 't.py', version: '3.12', stepBudget: 1e7, timeBudgetMs: 10000 });
    assert.equal(result.exitCode, 0, result.stderr);
    const [dataSize, keepLine] = result.stdout.trim().split('\n');
    const [keepId, keepSize] = keepLine.split(' ').map(Number);
    const b = (line: number, name: string) => result.lines.find((s) => s.line === line)!.bindings.find((x) => x.name === name)!;
    // Closing the generator at exit freed its list; the exit's collection freed the dropped cycle.
    const data = b(6, 'data');
    assert.equal(data.alive, true, 'the generator still held data when the script ended');
    assert.equal(data.sizeof, Number(dataSize));
    assert.equal(data.block?.kind, 'pool');
    assert.equal(data.allocLine, 6);
    const a = b(14, 'a');
    assert.equal(a.alive, true, 'the cycle was not collected before the script ended');
    assert.ok(a.block !== null && a.allocLine === 14);
    // The finalizer ran make() again at exit: line 3's binding is still the script's list.
    const t = b(3, 't');
    assert.equal(t.id, keepId);
    assert.equal(t.sizeof, keepSize);
    assert.equal(t.refcnt, 1);
    assert.equal(heap.bindings[6]!.get('data')!.obj.block, 0, 'closing the generator at exit freed nothing');
  });

  it("gives a finalizer's lines at exit the frees they make when the script runs it, and the exit's own frees to no line", () => {
    const finalizers = [
      'class Node:',
      '    def __del__(self):',
      '        t = [1, 2, 3]',
      '        print("del")',
      'def gen():',
      '    data = [[1], [2]]',
      '    try:',
      '        yield data',
      '    finally:',
      '        print("closed")',
      'n = Node()',
      'n.me = n',
      'n.payload = [[5], [6], [7]]',
      'del n',
      'it = gen()',
      'next(it)',
    ];
    for (const version of ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'] as const) {
      const atExit = analyze({ runId: 1, source: `${finalizers.join('\n')}\n`, filename: 't.py', version, stepBudget: 1e7, timeBudgetMs: 10000 });
      // The same finalizers run by the script: the collection's and the close's own frees go to their lines (18, 19).
      const inScript = analyze({ runId: 1, source: `${finalizers.join('\n')}\nimport gc\ngc.collect()\nit.close()\n`, filename: 't.py', version, stepBudget: 1e7, timeBudgetMs: 10000 });
      assert.equal(atExit.stdout, 'del\nclosed\n', version);
      assert.equal(inScript.stdout, atExit.stdout, version);
      const of = (r: typeof atExit, line: number) => r.lines.find((s) => s.line === line);
      for (let line = 1; line <= 10; line++) {
        assert.equal(of(atExit, line)?.frees ?? 0, of(inScript, line)?.frees ?? 0, `${version} line ${line} frees`);
        assert.equal(of(atExit, line)?.allocs ?? 0, of(inScript, line)?.allocs ?? 0, `${version} line ${line} allocs`);
      }
      assert.ok((of(inScript, 18)?.frees ?? 0) > 0 && (of(inScript, 19)?.frees ?? 0) > 0, version);
    }
  });

  it('counts how many times a line ran and what it allocated each time', () => {
    const r = run(SCRIPT, { version: '3.11' });
    const lines = lineSummaries(r.heap);
    const body = lines.find((s) => s.line === 5)!;
    assert.equal(body.executions, 1000);
    // Each iteration makes one 2-tuple and (for i >= 257 or i + 1000) new ints.
    assert.ok(body.allocs >= 1000, `allocs ${body.allocs}`);
    assert.match(annotationText(body)!, /^×1000 \+\d+ blocks/);
  });

  it('reports the reference counts CPython reports for the names a line binds', () => {
    const lines = SCRIPT.split('\n');
    /** What python3 says a name's count is right after the first n lines (minus getrefcount's own argument). */
    const cpython = (n: number, name: string): number =>
      Number(
        execFileSync('python3', ['-c', `import sys\n${lines.slice(0, n).join('\n')}\nprint(sys.getrefcount(${name}) - 1)`], {
          encoding: 'utf8',
        }).trim(),
      );
    const res = analyze({ runId: 1, source: SCRIPT, filename: 't.py', version: '3.11', stepBudget: 1e7, timeBudgetMs: 10000 });
    const b = (line: number, name: string) => res.lines.find((s) => s.line === line)!.bindings.find((x) => x.name === name)!;
    assert.equal(b(1, 'x').refcnt, cpython(1, 'x'));
    assert.equal(b(2, 'y').refcnt, cpython(2, 'y'));
    assert.equal(b(3, 'z').refcnt, cpython(3, 'z'));
    assert.equal(b(1, 'x').type, 'list');
    assert.ok(b(1, 'x').block?.kind === 'pool');
  });

  it('leaves lines that allocate and bind nothing without an annotation', () => {
    const r = run('pass\nx = 1\n', { version: '3.11' });
    const lines = lineSummaries(r.heap);
    assert.equal(annotationText(lines.find((s) => s.line === 1)!), null);
  });
});
