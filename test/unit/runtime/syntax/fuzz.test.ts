// parse() never throws: whatever the input, the answer is a module or an error as data.
import * as assert from 'node:assert/strict';
import { parse } from '../../../../src/runtime/syntax/parse';
import { Rng } from '../../../util/rng';
import { corpus } from './oracle-util';

const PIECES = ['def', 'class', 'if', 'else', ':', '(', ')', '[', ']', '{', '}', ',', '=', '==', 'lambda', 'yield', 'x', '1', '"s', "'''",
  'f"{', '}', '\n', '    ', '\t', '\\', '#', '*', '**', '/', 'not', 'in', 'for', 'return', 'global', 'nonlocal', '.', '5.', '0x', 'é', '\0', ';', '@'];

function tryParse(src: string): void {
  let result;
  try {
    result = parse(src);
  } catch (e) {
    assert.fail(`parse threw on ${JSON.stringify(src)}: ${(e as Error).stack}`);
  }
  assert.ok(result.ok || typeof result.error.line === 'number');
}

describe('parse on arbitrary input', () => {
  it('never throws on random byte strings', () => {
    const rng = new Rng(7);
    for (let n = 0; n < 600; n++) {
      const len = rng.int(0, 60);
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCharCode(rng.next() < 0.9 ? rng.int(0, 127) : rng.int(128, 0x2fff));
      tryParse(s);
    }
  });

  it('never throws on random sequences of Python tokens', () => {
    const rng = new Rng(11);
    for (let n = 0; n < 800; n++) {
      const len = rng.int(1, 25);
      let s = '';
      for (let i = 0; i < len; i++) s += PIECES[rng.int(0, PIECES.length - 1)] + (rng.next() < 0.5 ? ' ' : '');
      tryParse(s);
    }
  });

  it('never throws on truncations and one-character deletions of the corpus programs', () => {
    const rng = new Rng(3);
    for (const p of corpus('corpus')) {
      for (let k = 0; k < 8; k++) tryParse(p.src.slice(0, rng.int(0, p.src.length)));
      for (let k = 0; k < 4; k++) {
        const at = rng.int(0, p.src.length - 1);
        tryParse(p.src.slice(0, at) + p.src.slice(at + 1));
      }
    }
  });
});
