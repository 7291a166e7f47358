// \N{...} escapes against each CPython's own Unicode database: every name and alias its
// escapes know gives the same character here, and a name from a later Unicode version,
// or one spelled in a way CPython does not accept, is unknown here too.
import * as assert from 'node:assert/strict';
import { lookupCharacterName } from '../../../../src/runtime/syntax/unicode-names';
import { findInterpreters, reportMissing, runPython } from '../../../util/pythons';

/** Every name CPython's unicodedata gives a code point, and for each spelling to try, what CPython's escape makes of it. */
const ORACLE = String.raw`
import json, sys, unicodedata
names = {}
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        names[n] = cp
tries = {}
for t in sys.stdin.read().splitlines():
    try:
        tries[t] = ord(eval('"\\N{%s}"' % t))
    except SyntaxError:
        tries[t] = None
json.dump({"names": names, "tries": tries}, sys.stdout)
`;

/** Spellings whose answer differs by case, by version or by the algorithmic names' rules. */
const TRIES = [
  'bullet', 'Latin Small Letter E With Acute', 'BOM', 'byte order mark', 'LF', 'NULL', 'LATIN CAPITAL LETTER GHA',
  'HANGUL SYLLABLE GAG', 'hangul syllable gag', 'HANGUL SYLLABLE GAGX', 'HANGUL SYLLABLE SSANG', 'HANGUL SYLLABLE',
  'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-04E00',
  'CJK UNIFIED IDEOGRAPH-2EBF0', 'CJK UNIFIED IDEOGRAPH-31350', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-3400',
  'TANGUT IDEOGRAPH-17000', 'BLUEBERRIES', 'MELTING FACE', 'SHAKING FACE', 'LATIN CAPITAL LETTER A ', ' BULLET',
  'BULLET\u00df', 'LATIN SMALL LETTER SHARP S', 'NOT A NAME', 'SPACE', 'space',
];

describe('\\N{...} names, against each CPython', () => {
  const { found } = findInterpreters();
  reportMissing('\\N{...} names');
  for (const interp of found) {
    it(`know every name and alias CPython ${interp.full} knows, and nothing it does not`, function () {
      this.timeout(120_000);
      const minor = Number(interp.version.split('.')[1]);
      const { names, tries } = JSON.parse(runPython(interp, ['-c', ORACLE], TRIES.join('\n'))) as {
        names: Record<string, number>;
        tries: Record<string, number | null>;
      };
      let checked = 0;
      for (const [name, cp] of Object.entries(names)) {
        // Names CPython gives but its escapes do not take back (none known) would show here.
        assert.equal(lookupCharacterName(name, minor), cp, name);
        checked++;
      }
      assert.ok(checked > 30_000, `${checked} names`);
      for (const t of TRIES) assert.equal(lookupCharacterName(t, minor) ?? null, tries[t], JSON.stringify(t));
    });
  }
});
