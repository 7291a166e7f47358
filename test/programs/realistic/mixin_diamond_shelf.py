# A bookshelf built from mixins: a diamond resolved by super() and the MRO, __getattribute__
# logging, __contains__, __len__/__bool__ truthiness, __getitem__ iteration fallback,
# __iter__, __reversed__ and a context manager that reports and re-raises.
class Base:
    def describe(self):
        return ["Base"]

    def __init__(self, **kw):
        self.log = []


class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name

    def describe(self):
        return ["Named"] + super().describe()


class Sized(Base):
    def __init__(self, capacity=0, **kw):
        super().__init__(**kw)
        self.capacity = capacity

    def describe(self):
        return ["Sized"] + super().describe()


class Shelf(Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.books = []

    def describe(self):
        return ["Shelf"] + super().describe()

    def __getattribute__(self, attr):
        if attr == "secret":
            return "intercepted"
        return super().__getattribute__(attr)

    def __len__(self):
        return len(self.books)

    def __contains__(self, title):
        return any(b.lower() == title.lower() for b in self.books)

    def __iter__(self):
        return iter(sorted(self.books))

    def __reversed__(self):
        return iter(sorted(self.books, reverse=True))

    def __enter__(self):
        print("  open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("  close", self.name, et.__name__ if et else None)
        return False


print([c.__name__ for c in Shelf.__mro__], Shelf().describe())
s = Shelf(name="fiction", capacity=3)
print(s.name, s.capacity, s.log, s.secret, bool(s), len(s))
s.books += ["Dune", "Emma", "Beloved"]
print("dune" in s, "Ulysses" in s, "Ulysses" not in s, list(s), list(reversed(s)), bool(s))
try:
    with s as shelf:
        shelf.books.append("Ulysses")
        if len(shelf) > shelf.capacity:
            raise OverflowError(f"{shelf.name} holds {shelf.capacity}")
except OverflowError as e:
    print("OverflowError:", e)
with Shelf(name="empty") as e:
    print("  inside, truthy?", bool(e))
try:
    Shelf(colour="red")
except TypeError as err:
    print("TypeError:", err)


class Legacy:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i] * 2


lg = Legacy([1, 2, 3])
print(list(lg), 4 in lg, 5 in lg, [x for x in lg], sorted(lg, reverse=True), list(reversed([1, 2])))
try:
    len(lg)
except TypeError as err:
    print("TypeError:", err)


class AlwaysFalse:
    def __bool__(self):
        return False


class LenOnly:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return "yes"


class BadLen:
    def __len__(self):
        return -1


print(bool(AlwaysFalse()), bool(LenOnly(0)), bool(LenOnly(2)), bool(object()), not LenOnly(0), "x" if LenOnly(1) else "y")
for obj in [BadBool(), BadLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
try:
    len(5)
except TypeError as err:
    print("TypeError:", err)
try:
    iter(5)
except TypeError as err:
    print("TypeError:", err)
try:
    5 in 5
except TypeError as err:
    print("TypeError:", err)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), super(B, D()).who(), super(C, D()).who(), [k.__name__ for k in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as err:
    print("TypeError:", err)
