# str methods with CPython's semantics: splitting on Unicode whitespace, code-point indexes,
# stripping, padding, case mapping, predicates, translate tables and the errors of each.
s = "  Hello, World! hello  "
print(s.split(), s.split(","), s.split("l", 2), s.rsplit("l", 2), "a,b,,c".split(","), "".split(), "".split(","))
print(" a  b ".split(" "), "a\tb\nc  d".split(None, 1), "x".rsplit(None))
print(s.strip(), s.lstrip(), s.rstrip(), "xxhixx".strip("x"), "abcba".strip("ab"))
print(s.replace("l", "L"), s.replace("l", "L", 2), "aaa".replace("", "-"), "abc".replace("", "-", 2))
print(s.find("l"), s.find("l", 5), s.find("l", 5, 8), s.rfind("l"), s.find("zz"), s.index("W"), s.count("l"), s.count("l", 0, 6), "aaaa".count("aa"), "abc".count(""))
print(s.startswith("  H"), s.startswith(("x", "  ")), s.endswith("  "), s.startswith("H", 2), "abc".endswith(("c", "d"), 0, 2))
print("hello world".title(), "hELLO wORLD".swapcase(), "hello".capitalize(), "ß".upper(), "ǅ".lower(), "Straße".casefold(), "they're bill's".title())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "١٢٣".isdigit(), "½".isnumeric(), "12".isdecimal(), "  ".isspace(), "Ab".istitle(), "ABC".isupper(), "abc".islower(), "a_1".isidentifier(), "1a".isidentifier(), "abc".isascii(), "é".isascii(), "\t".isprintable())
print("ab".center(7, "*"), "ab".ljust(5, "-"), "ab".rjust(5), "42".zfill(5), "-42".zfill(6), "+4".zfill(4), "abc".center(2))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines())
print("a\tb\tc".expandtabs(), "ab\tc".expandtabs(4), "\t".expandtabs(2))
print("unittest".removeprefix("unit"), "unittest".removesuffix("test"), "x".removeprefix("y"))
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), str.maketrans({"a": "1"}), "abc".translate({97: None, 98: "BB"}))
print("-".join(["a", "b"]), "".join([]), ", ".join(map(str, range(3))))
print("ab" * 3, 3 * "ab", "ab" * 0, "a" in "cat", "" in "x", "abc" < "abd", "Z" < "a", "abc"[::-1], "abcdef"[1:5:2], "abc"[-1])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("\x00\x7f\u20ac"), ascii("naïve €"))
print(ord("€"), chr(8364), "%c" % 8364, "é".encode(), len("𝄞"), "𝄞"[0] == "𝄞")
for bad in [lambda: "abc".index("z"), lambda: "a".join([1]), lambda: "abc"[5], lambda: chr(-1), lambda: ord("ab"), lambda: "x" + 1, lambda: "abc".split(""), lambda: "a".center(5, "ab")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
