# \N{...} escapes: names, aliases, any case for names, Hangul syllables and CJK ideographs
# spelled from their code points.
samples = [
    "\N{BULLET}", "\N{bullet}", "\N{Em Dash}", "\N{LATIN SMALL LETTER E WITH ACUTE}",
    "\N{GREEK CAPITAL LETTER OMEGA}", "\N{HYPHEN-MINUS}", "\N{NO-BREAK SPACE}",
    "\N{PILE OF POO}", "\N{SNOWMAN}", "\N{DIGIT ZERO}", "\N{LATIN CAPITAL LETTER A}",
    "\N{NULL}", "\N{LINE FEED}", "\N{LF}", "\N{BYTE ORDER MARK}", "\N{BOM}", "\N{ZWNBSP}",
    "\N{LATIN CAPITAL LETTER GHA}", "\N{latin small letter gha}", "\N{PADDING CHARACTER}",
    "\N{HANGUL SYLLABLE GAG}", "\N{HANGUL SYLLABLE A}", "\N{HANGUL SYLLABLE HIH}", "\N{HANGUL SYLLABLE SSANG}",
    "\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{CJK UNIFIED IDEOGRAPH-9FA5}", "\N{CJK UNIFIED IDEOGRAPH-20000}",
    "\N{CJK COMPATIBILITY IDEOGRAPH-F900}", "\N{MATHEMATICAL BOLD CAPITAL A}", "\N{FACE WITH TEARS OF JOY}",
    "\N{REGIONAL INDICATOR SYMBOL LETTER A}", "\N{KATAKANA LETTER SMALL A}", "\N{ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM}",
    "\N{TAG LATIN SMALL LETTER Z}", "\N{VARIATION SELECTOR-256}", "\N{COMBINING ACUTE ACCENT}",
]
for s in samples:
    print(len(s), " ".join("%04X" % ord(c) for c in s))
print(f"{1}\N{EM DASH}{2}", "\N{EURO SIGN}%d" % 5, r"\N{BULLET}")
print("a\N{SPACE}b\N{CHARACTER TABULATION}c".split())
