# Case mapping beyond ASCII as unicodeobject.c does it: a capital sigma is final (ς) after a cased
# letter with none after (case-ignorable ones skipped) in lower, title, capitalize and swapcase;
# a title-case letter (ǅ) is neither upper nor lower case, so swapcase keeps it and isupper fails.
tests = ['ǅemal', 'ΣΑΣ', 'AΣ', 'Σ', 'ΣΑ', 'ΑΣ.', 'ΑΣ\u0301', 'ΑΣ\u0301Α', 'a\u02b0b', 'ǅ', 'ⓐⓑ', 'Ⓐ', 'ᾈ', 'ﬁ', 'ß', 'İ', 'ﬀ', '\u0345', 'ʰ', 'ª', 'Ⅻ', 'ⅻ', 'ǈa', 'Aǈ', 'hello World', 'HELLO', '', '1a', '1A', 'ǲ', 'ϴ']
for t in tests:
    print(repr(t), t.swapcase(), t.title(), t.capitalize(), t.lower(), t.upper(), t.isupper(), t.islower(), t.istitle(), t.casefold())
