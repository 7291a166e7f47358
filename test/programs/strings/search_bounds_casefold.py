# find/rfind/index/count/startswith/endswith keep a start past the end (ADJUST_INDICES cuts
# only end): an empty needle is not found there. casefold follows CaseFolding.txt, not upper-then-lower.
for s in ["", "abc", "é😀x"]:
    for sub in ["", "a", "😀"]:
        for st, en in [(None, None), (1, None), (5, None), (2, 1), (-10, -8), (3, 3), (-1, None)]:
            r = [s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en),
                 s.startswith(sub, st, en), s.endswith(sub, st, en), s.startswith((sub, "zz"), st, en)]
            try:
                r.append(s.index(sub, st, en))
            except ValueError as e:
                r.append(str(e))
            try:
                r.append(s.rindex(sub, st, en))
            except ValueError as e:
                r.append(str(e))
            print(repr(s), repr(sub), st, en, r)
for w in ["ı", "İ", "ẞ", "ß", "ﬁ", "ΣΑΣ", "ς", "Ꭰ", "ꭰ", "ᏸ", "ǅ", "ŉ", "ᾼ", "µ", "K", "ſ", "Straße ıi"]:
    print(repr(w), repr(w.casefold()), repr(w.lower()), w.casefold() == w.upper().casefold())
