# What compiling leaves visible on code and function objects: a decorated def's
# co_firstlineno is its first decorator's line, a lambda made in a generator expression is
# qualified without <locals>, and a generator's size follows its code's stack depth.
import sys


def deco(f):
    return f


@deco
@deco
def decorated():
    pass


print(decorated.__code__.co_firstlineno, decorated.__qualname__)
fs = list(lambda: i for i in range(2))
print(fs[0].__qualname__)
print(list((lambda: 0).__qualname__ for _ in 'a'))


def walk(node):
    while node is not None:
        yield node
        node = None


def unpack(pairs):
    for a, (b, c) in pairs:
        yield a + b * c


def nested():
    try:
        try:
            yield [1, 2, 3, (4, 5)]
        finally:
            yield {'a': 1, 'b': 2}
    except ValueError as e:
        yield e


for g in (walk(1), unpack([]), nested()):
    print(sys.getsizeof(g))
