# The annotation texts are code constants: equal ones are one object in a module, and
# sys.getrefcount sees who holds them (3.8/3.9 a dict per function, 3.10+ a tuple first).
"""Docstring."""
from __future__ import print_function
import sys
import __future__
print(annotations, division)
print(__future__.annotations.getMandatoryRelease(), __future__.all_feature_names[-1])
print(type(annotations).__name__, annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
def f(x: int, y: "C") -> list[C]: return []
def g(a: int, b: int) -> int: pass
s = ''.join(['list[', 'C]'])
print(f.__annotations__['x'] is g.__annotations__['a'], f.__annotations__['y'])
print(sys.getrefcount(f.__annotations__['y']))
print(sys.getrefcount(f.__annotations__['return']))
class C:
    x: int = 1
    y: "str"
    z: list[C]
print(f.__annotations__['return'] == s, f.__annotations__['return'] is C.__annotations__['z'])
print(C.__annotations__, sys.getrefcount(C.__annotations__['z']))
print(__annotations__ if '__annotations__' in dir() else None)
