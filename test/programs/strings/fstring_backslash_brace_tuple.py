# f-strings: a backslash before a replacement field is text (raw and not), and a field may be a tuple.
tag = 'x'
print(rf"Soft\Py\{tag}\Inst", fr"a\{tag}b\n", rf"\{{x}}")
class C: pass
w = C()
print(f"{w.__class__.__name__,}", f"{1, 2}", f"{1,2!r:>10}")
