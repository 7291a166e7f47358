# A generator's size follows its code's stack depth, which 3.12+ compute from the code they
# really run: comprehensions inlined into the generator, super().name as one instruction,
# a constant statement as no instruction, and 3.13's NULL pushed after a called expression.
import sys


def nested_comprehensions(n):
    yield [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def comprehension_in_call(rows):
    yield sum(len([c for c in r if c]) for r in rows), max({k: v for k, v in rows})


def deep_comprehension(a, b):
    yield [sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0])) for i in range(len(a))]


class Base:
    def items(self):
        return [1, 2]


class Child(Base):
    def items(self):
        yield from iter(sorted(super().items()))

    def explicit(self):
        yield super(Child, self).items()


def docstring_only():
    """Only a docstring and a constant."""
    ...
    yield


def called_expression(f):
    yield f()()()


cases = [
    (nested_comprehensions, (2,)),
    (comprehension_in_call, ([(1, 2)],)),
    (deep_comprehension, ([[1]], [[1]])),
    (Child.items, (Child(),)),
    (Child.explicit, (Child(),)),
    (docstring_only, ()),
    (called_expression, (lambda: lambda: list,)),
]
for f, args in cases:
    g = f(*args)
    print(f.__qualname__, f.__code__.co_stacksize, sys.getsizeof(g))
    print(next(g))
