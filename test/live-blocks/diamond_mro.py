# Classes with two bases: C3's merge list (mro_implementation), one weak reference in both
# bases' __subclasses__, mro() handing back the merge's list, and a class statement whose
# bases have no consistent order (the type made, set_mro_error's dict, a KeyError cleared).
class Root:
    kind = "root"

    def path(self):
        return [self.kind]


class Left(Root):
    def path(self):
        trail = super().path()
        trail.append("left")
        return trail


class Right(Root):
    side = "right"

    def path(self):
        return super().path() + [self.side]


class Join(Left, Right):
    kind = "join"


print(Join().path(), super(Left, Join()).path(), [k.__name__ for k in Join.mro()])
try:
    class Broken(Root, Left):
        pass
except TypeError as err:
    print("TypeError:", err)
