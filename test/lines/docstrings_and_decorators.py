"""Module doc."""
import math


def deco(f):
    return f


@deco
def fib(n):
    """Doc."""
    return n


class A:
    """Class doc."""
    x = 1

    @property
    def p(self):
        return 1


for i in range(3):
    fib(i)
    "just a string"
    A().p
