// The "Did you mean" hint of NameError tracebacks: CPython's Levenshtein distance with
// its costs (Python/suggestions.c) and its choice among candidates.
import * as assert from 'node:assert/strict';
import { calculateSuggestions, levenshtein } from '../../../../src/runtime/traceback';

const bytes = (s: string): number[] => Array.from(Buffer.from(s, 'utf8'));

describe('name suggestions follow Python/suggestions.c', () => {
  it('charges 1 for a case flip and 2 for any other edit', () => {
    assert.equal(levenshtein(bytes('Name'), bytes('name'), 100), 1);
    assert.equal(levenshtein(bytes('nme'), bytes('name'), 100), 2);
    assert.equal(levenshtein(bytes('abc'), bytes('xyz'), 100), 6);
  });

  it('gives up past the maximum cost', () => {
    assert.equal(levenshtein(bytes('zz'), bytes('abcdefgh'), 4), 5);
  });

  it('suggests the closest candidate within a third of the characters', () => {
    assert.equal(calculateSuggestions(['name', 'other'], 'nme'), 'name');
    assert.equal(calculateSuggestions(['value', 'valve'], 'valu'), 'value');
    assert.equal(calculateSuggestions(['completely'], 'x'), null);
  });

  it('skips the name itself and refuses very long candidate lists', () => {
    assert.equal(calculateSuggestions(['nme'], 'nme'), null);
    assert.equal(calculateSuggestions(new Array(750).fill('name'), 'nme'), null);
  });
});
