# Whether an object made inside a getter reached through super() reuses the block just freed
# before the access: a super object (64-byte block, as the probe) takes it first when one is
# made, before 3.12 every time, 3.12+ only at the first, unspecialized, execution.
import gc

gc.disable()

class Probe:
    __slots__ = ("a", "b", "c")

class Base:
    @property
    def prop(self):
        return id(Probe())

    def meth(self):
        return id(Probe())

class Child(Base):
    def prop_attr(self):
        return super().prop

    def meth_call(self):
        return super().meth()

    def two_arg_prop(self):
        return super(Child, self).prop

c = Child()
for name in ["prop_attr", "meth_call", "two_arg_prop"]:
    f = getattr(Child, name)
    same = []
    for i in range(4):
        p = Probe()
        freed = id(p)
        del p
        same.append(f(c) == freed)
    print(name, same)
