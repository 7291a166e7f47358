# Cleaning text: translate with str.maketrans in its three forms, casefold, replace with
# counts, find/rfind/index, count with bounds, startswith/endswith with tuples.
import sys

text = "The Quick, Brown Fox! Jumps over the lazy dog... STRASSE straße ǅemal"
table = str.maketrans("aeiou", "AEIOU")
print(text.translate(table))
print(text.translate(str.maketrans("", "", ",.!")))
print(text.translate(str.maketrans({"o": "0", "e": None, "T": "tt", ord("l"): "L"})))
print(text.translate({ord(c): None for c in " "}))
print(str.maketrans({"a": 1, "b": "x", "c": None}) == {97: 1, 98: "x", 99: None})
print(sorted(str.maketrans("ab", "cd", "e").items()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: str.maketrans("a", 2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print("STRASSE".casefold() == "straße".casefold(), "ß".casefold(), "ß".lower(), "ß".upper())
print("ǅemal".lower(), "ǅemal".upper(), "ǆ".title(), "hello world's end".title())
print("they're bill's friends".title(), "o'neil mcdonald".capitalize(), "ÉCOLE".swapcase())
words = text.lower().split()
print([w.strip(",.!") for w in words])

s = "banana bandana cabana"
print(s.replace("ana", "ANA"), s.replace("ana", "", 2), s.replace("", "-", 4), s.replace("x", "y"))
print(s.find("ana"), s.find("ana", 2), s.find("ana", 2, 4), s.rfind("ana"), s.rfind("ana", 0, 10), s.find(""), s.rfind(""))
print(s.count("an"), s.count("an", 7), s.count("an", 7, 14), s.count(""), "".count(""), s.count("a", -6))
print(s.index("band"), s.rindex("a"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError", e)

files = ["main.py", "README.md", "setup.cfg", "test_main.py", "data.JSON", "notes.txt"]
print([f for f in files if f.endswith((".py", ".cfg"))])
print([f for f in files if f.startswith(("test_", "READ"))])
print([f for f in files if f.lower().endswith(".json")])
print("hello".startswith("ell", 1), "hello".startswith("ell", 1, 3), "hello".endswith("ll", 0, 4), "hello".startswith(()))
try:
    "x".startswith(["x"])
except TypeError as e:
    print("TypeError", e)
try:
    "x".endswith(("x", 1))
except TypeError as e:
    print("TypeError", e)

print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "½".isnumeric(), "²".isdecimal(), "²".isdigit())
print("Hello World".istitle(), "hello".islower(), "HELLO!".isupper(), " \t\n".isspace(), "".isspace())
print("my_var".isidentifier(), "2x".isidentifier(), "class".isidentifier(), "abc".isascii(), "é".isascii(), "\x7f".isprintable())

words = "the cat sat on the mat the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>5}: {'#' * c}")
print("-".join(reversed(words)), "".join(sorted(set("mississippi"))))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    ",".join(["a", b"b"])
except TypeError as e:
    print("TypeError", e)
print("abc".removeprefix("a") if sys.version_info >= (3, 9) else "bc", "abc".removesuffix("c") if sys.version_info >= (3, 9) else "ab")
print(repr("tab\there"), repr("quote'"), repr('both\'"'), repr("\x00\x1f\x7f\x80\xff\u0100\U0001f600"), ascii("naïve ☃"))
