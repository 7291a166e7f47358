# Run by each CPython the generator finds: the character names its \N{...} escapes know,
# as JSON on stdout. Reads candidate alias names (one per line) on stdin and keeps those
# its lookup accepts: \N{...} takes aliases (NameAliases.txt) but not named sequences.
import json
import sys
import unicodedata

names = []
cjk = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    if name.startswith("CJK UNIFIED IDEOGRAPH-"):
        # Spelled from the code point by CPython itself (unicodedata.c _getucname), by ranges.
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])
        continue
    if name.startswith("HANGUL SYLLABLE "):
        continue
    names.append([cp, name])

aliases = []
for line in sys.stdin.read().splitlines():
    alias = line.strip()
    if not alias:
        continue
    try:
        ch = eval('"\\N{%s}"' % alias)
    except SyntaxError:
        continue
    aliases.append([ord(ch), alias])

json.dump({"unidata_version": unicodedata.unidata_version, "names": names, "cjk": cjk, "aliases": aliases}, sys.stdout)
