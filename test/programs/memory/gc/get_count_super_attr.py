# gc.get_count()[0] while super()'s attribute is fetched: before 3.12 super() makes a super
# object that lives through the lookup; 3.12+ LOAD_SUPER_ATTR makes one only on its first
# (unspecialized) execution, the specialized forms look the name up without it.
import gc

gc.disable()
seen = []

def mark():
    seen.append(gc.get_count()[0])

class Desc:
    def __get__(self, obj, tp):
        mark()
        return self

    def __call__(self):
        return 0

class Base:
    @property
    def prop(self):
        mark()
        return 1

    def meth(self):
        mark()
        return 2

    desc = Desc()

class Child(Base):
    def prop_attr(self):
        return super().prop

    def meth_call(self):
        return super().meth()

    def desc_call(self):
        return super().desc()

    def desc_attr(self):
        return super().desc

    def two_arg_prop(self):
        return super(Child, self).prop

    def two_arg_meth(self):
        return super(Child, self).meth()

def deltas(f, n=5):
    out = []
    for i in range(n):
        gc.collect()
        del seen[:]
        before = gc.get_count()[0]
        f()
        after = gc.get_count()[0]
        out.append((seen[0] - before, after - before))
    return out

c = Child()
mark()
for name in ["prop_attr", "meth_call", "desc_call", "desc_attr", "two_arg_prop", "two_arg_meth"]:
    print(name, deltas(getattr(c, name)))
