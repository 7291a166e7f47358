# A formatting that writes one str whole into an empty _PyUnicodeWriter returns that very str
# (WriteStr's readonly case): "%s" % s, "{}".format(s), format(s, "3"), a format without fields,
# a field's __format__/__str__/__repr__ result; from 3.11 an earlier % conversion, even an empty
# one, spoils it. Also partition/expandtabs/str*1 (unicode_result_unchanged) and ascii().
import sys

class S(str):
    pass

class T:
    def __format__(self, spec):
        return G
    def __str__(self):
        return G
    def __repr__(self):
        return G

G = "shared_" + "string_zz"
s = "qwerty_" + "zz"
e = ""
ss = S("sub,str")
t = T()
tests = [
    ("%s", lambda: "%s" % s, s), ("%s tuple", lambda: "%s" % (s,), s), ("%(a)s", lambda: "%(a)s" % {"a": s}, s),
    ("%s%s empty first", lambda: "%s%s" % (e, s), s), ("%.0s%s", lambda: "%.0s%s" % ("x", s), s), ("%.20s", lambda: "%.20s" % s, s),
    ("%9s", lambda: "%9s" % s, s), ("%10s", lambda: "%10s" % s, s), ("%+s", lambda: "%+s" % s, s), ("%-0s", lambda: "%-0s" % s, s),
    ("a%s", lambda: "a%s" % s, s), ("%s%%", lambda: "%s%%" % s, s), ("%s obj", lambda: "%s" % t, G), ("%r obj", lambda: "%r" % t, G),
    ("%a obj", lambda: "%a" % t, G), ("%s%s obj", lambda: "%s%s" % (e, t), G), ("%s sub", lambda: "%s" % ss, ss),
    ("no % fmt", lambda: s % (), s), ("no % sub", lambda: ss % (), ss),
    ("{}", lambda: "{}".format(s), s), ("{0}", lambda: "{0}".format(s), s), ("{}{}", lambda: "{}{}".format(e, s), s),
    ("{:5}", lambda: "{:5}".format(s), s), ("{:.50}", lambda: "{:.50}".format(s), s), ("{:20}", lambda: "{:20}".format(s), s),
    ("{a}", lambda: "{a}".format(a=s), s), ("{!s}", lambda: "{!s}".format(s), s), ("{} sub", lambda: "{}".format(ss), ss),
    ("{:2} sub", lambda: "{:2}".format(ss), ss), ("{} obj", lambda: "{}".format(t), G), ("{!r} obj", lambda: "{!r}".format(t), G),
    ("{!a} obj", lambda: "{!a}".format(t), G), ("a{} obj", lambda: "a{}".format(t), G), ("literal", lambda: s.format(), s),
    ("literal sub", lambda: ss.format(), ss), ("format_map", lambda: "{k}".format_map({"k": s}), s),
    ("f{}", lambda: f"{s}", s), ("f{:3}", lambda: f"{s:3}", s), ("f{:3} sub", lambda: f"{ss:3}", ss), ("f obj", lambda: f"{t}", G),
    ("f!r obj", lambda: f"{t!r}", G), ("f!a obj", lambda: f"{t!a}", G), ("format()", lambda: format(s, "3"), s), ("format() sub", lambda: format(ss, "2"), ss),
    ("format() sub empty", lambda: format(ss), ss), ("__format__", lambda: ss.__format__("1"), ss), ("ascii obj", lambda: ascii(t), G),
    ("partition", lambda: s.partition(",")[0], s), ("rpartition", lambda: s.rpartition(",")[2], s), ("partition sub", lambda: ss.partition(";")[0], ss),
    ("partition sep", lambda: ss.partition(",")[1], ","), ("expandtabs", lambda: s.expandtabs(), s), ("expandtabs sub", lambda: ss.expandtabs(), ss),
    ("mul 1", lambda: s * 1, s), ("mul 1 sub", lambda: ss * 1, ss),
]
for name, f, ref in tests:
    before = sys.getrefcount(ref)
    r = f()
    same = r is ref
    print(name, same, type(r).__name__, sys.getrefcount(ref) - before)
    del r
n = sys.getallocatedblocks()
keep = ["%s" % s, "{}".format(s), format(s, "3"), s.partition(",")]
print("blocks kept", sys.getallocatedblocks() - n)
