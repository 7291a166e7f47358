// The source layout keeps the boundaries DESIGN.md draws, checked by scanning every
// import line: the engine has no VS Code, Node or I/O in it, and only the glue imports vscode.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { filesUnder } from '../util/files';

const ROOT = join(__dirname, '..', '..', '..');

const tsFiles = (dir: string): string[] => filesUnder(dir, '.ts');

interface Import {
  readonly file: string;
  readonly spec: string;
  /** The imported file relative to the repository, for relative specifiers. */
  readonly target: string | null;
}

function importsOf(file: string): Import[] {
  const src = readFileSync(file, 'utf8');
  const out: Import[] = [];
  const re = /^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'|\brequire\('([^']+)'\)/gm;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const target = spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : null;
    out.push({ file: relative(ROOT, file), spec, target });
  }
  return out;
}

function importsUnder(dir: string): Import[] {
  return tsFiles(join(ROOT, dir)).flatMap(importsOf);
}

const show = (bad: Import[]): string => bad.map((i) => `${i.file}: '${i.spec}'`).join('\n');

describe('the source layout keeps its boundaries', () => {
  it('src/obmalloc imports nothing outside itself', () => {
    const bad = importsUnder('src/obmalloc').filter((i) => i.target === null || !i.target.startsWith('src/obmalloc'));
    assert.equal(show(bad), '');
  });

  it('the engine (obmalloc, profiles, runtime) imports neither vscode nor Node modules, only the Lezer parser', () => {
    const engine = ['src/obmalloc', 'src/profiles', 'src/runtime'].flatMap(importsUnder);
    const bad = engine.filter((i) => i.target === null && !i.spec.startsWith('@lezer/'));
    assert.equal(show(bad), '');
    const outside = engine.filter((i) => i.target !== null && !/^src\/(obmalloc|profiles|runtime)(\/|$)/.test(i.target));
    assert.equal(show(outside), '');
  });

  it('the mini-runtime has no way to files, the network, processes or eval', () => {
    const bad: string[] = [];
    for (const f of ['src/runtime', 'src/obmalloc', 'src/profiles'].flatMap((d) => tsFiles(join(ROOT, d)))) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, n) => {
          if (/^\s*(\*|\/\*)/.test(line)) return; // a block comment's line
          const code = line.replace(/\/\/.*$/, '').replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"/g, "''");
          if (/\bprocess\s*\.|\b(globalThis|fetch|XMLHttpRequest|WebSocket|importScripts)\b|\bnew Function\b|\beval\s*\(|\brequire\s*\(/.test(code)) {
            bad.push(`${relative(ROOT, f)}:${n + 1}: ${line.trim()}`);
          }
        });
    }
    assert.equal(bad.join('\n'), '');
  });

  it('only src/extension imports vscode', () => {
    const all = ['src', 'webview'].flatMap(importsUnder);
    const bad = all.filter((i) => i.spec === 'vscode' && !i.file.startsWith('src/extension/'));
    assert.equal(show(bad), '');
  });

  it('the webview imports src/protocol only, and its components from @vscode-elements', () => {
    const bad = importsUnder('webview').filter((i) =>
      i.target === null ? !i.spec.startsWith('@vscode-elements/elements') : !i.target.startsWith('webview') && !i.target.startsWith('src/protocol'),
    );
    assert.equal(show(bad), '');
  });

  it('src/protocol holds plain data: no classes and no imports from outside it', () => {
    const bad = importsUnder('src/protocol').filter((i) => i.target === null || !i.target.startsWith('src/protocol'));
    assert.equal(show(bad), '');
    const classes = tsFiles(join(ROOT, 'src/protocol')).filter((f) => /^\s*(export\s+)?class\s/m.test(readFileSync(f, 'utf8')));
    assert.deepEqual(classes.map((f) => relative(ROOT, f)), []);
  });
});
