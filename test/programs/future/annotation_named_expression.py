# From 3.10 an annotation under the future is a block of its own (symtable.c AnnotationBlock):
# an assignment expression or a yield in it is a SyntaxError; 3.8 and 3.9 store its text.
from __future__ import annotations


def make():
    def f(x: (limit := 10), y: list[int] = []) -> None:
        pass
    return f


print(make().__annotations__)
