# The common str methods with their start/end, maxsplit, keepends and tuple arguments.
s = "  Hello, World  "
tests = [
 lambda: "a,b,,c".split(",", 1), lambda: "a b  c ".rsplit(None, 1), lambda: " a  b ".split(), lambda: "a,b,c".rsplit(",", 1),
 lambda: "xxhixx".strip("x"), lambda: "aaa".replace("a", "b", 2), lambda: "hello".find("l", 3), lambda: "hello".rfind("l", 0, 3),
 lambda: "hello".count("l", 3), lambda: "hello".startswith(("x", "he")), lambda: "hello".endswith("ll", 0, 4),
 lambda: "ß".casefold(), lambda: "hELLo wOrld".swapcase(), lambda: "they're bill's".title(), lambda: "abc".center(9, "*"),
 lambda: "42".zfill(5), lambda: "-42".zfill(5), lambda: "a.b.c".rpartition("."), lambda: "a\nb\r\nc".splitlines(True),
 lambda: "hello".index("z"), lambda: "hello".rindex("l"), lambda: "Ab1".isidentifier(), lambda: "12".isdecimal(), lambda: "½".isnumeric(),
 lambda: "Title Case".istitle(), lambda: "abc".isascii(), lambda: "\t".isprintable(), lambda: repr("it's \"q\""), lambda: "x".ljust(3, "-") + "|",
]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
