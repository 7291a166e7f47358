# String manipulation: split/rsplit with maxsplit, partition, zfill, center, expandtabs, case methods, find/count.
line = "  key = value = more  "
print(line.split("="), line.split("=", 1), line.rsplit("=", 1))
print([p.strip() for p in line.partition("=")], line.rpartition("=")[2].strip())
print("a,b,,c,".split(","), "a  b \t c\n".split(), " x ".split(" "))
print("no-sep".partition(":"), "no-sep".rpartition(":"))
for s in ("42", "-42", "+7", "abc", ""):
    print(repr(s.zfill(5)), repr(s.center(7, "*")), repr(s.ljust(4, ".")), repr(s.rjust(4)))
print("col1\tcol2\tc3".expandtabs(), "|" + "a\tbc\td".expandtabs(4) + "|")
t = "hello WORLD, it's a fine-day_for ß"
print(t.title(), "|", t.capitalize(), "|", t.swapcase(), "|", t.casefold(), "|", t.upper())
print(t.find("o"), t.rfind("o"), t.find("o", 5, 8), t.count("o"), t.count(""), t.index("WORLD"))
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print(t.startswith(("he", "xx")), t.endswith("ß"), t.startswith("WORLD", 6), t.endswith("fine", 0, 23))
print("Mississippi".replace("ss", "SS"), "Mississippi".replace("i", "", 2), "aaa".replace("", "-"))
lines = "first\nsecond\r\nthird\rfourth\n\nsixth"
print(lines.splitlines(), lines.splitlines(True))
print("-".join(reversed("abc")), "".join(sorted("banana")), ", ".join(map(str, range(5))))
print("x".join([]) == "", "abc".join("12"))
words = ["Apple", "banana", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(set(w.lower() for w in words)))
print("  indented".lstrip(), "xxhixx".strip("x"), "path/to/file.txt".rstrip(".txt"), "www.site.org".lstrip("w."))
for s in ("123", "12.3", "٣", "Ⅻ", "abc", "ABC", "aBc", "   ", "", "a1", "Title Case"):
    print(f"{s!r:14} {s.isdigit()!s:5} {s.isdecimal()!s:5} {s.isnumeric()!s:5} {s.isalpha()!s:5} "
          f"{s.isalnum()!s:5} {s.isupper()!s:5} {s.islower()!s:5} {s.isspace()!s:5} {s.istitle()!s:5}")
print("%s has %d chars" % ("word", len("word")), "{:>8}".format("right"), "ab" * 3, "-" * 0)
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abcab".translate({97: "A", 98: None}))
s = "The rain in Spain"
print(s[::-1], s[4:8], s[-5:], s[::3], s[100:], s[-100:3])
print(ord("€"), chr(8364), "€".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"), ascii("naïve €"))
print(repr("tab\there"), repr('quote"s'), repr("it's"), repr("both'\""), str(b"x"))
print("a" < "b" < "ba", "Z" < "a", max("hello"), min("hello"), "ell" in "hello", "" in "x")
