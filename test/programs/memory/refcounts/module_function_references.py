# A module's functions each hold the module (m_self) and its name object (m_module), so
# importing gc or math raises their counts by the number of functions; deleting a function
# gives one back once nothing else holds it (3.8's single-phase math keeps a dict copy).
# ModuleType(name) keeps its own reference to an exact str name (md_name).
import sys
import gc
import math

print(sys.getrefcount(gc), sys.getrefcount(math))
f = math.comb
del math.comb
print(sys.getrefcount(math), f(5, 2))
del f
print(sys.getrefcount(math), hasattr(math, 'comb'))
g = gc.get_freeze_count
del gc.get_freeze_count
del g
print(sys.getrefcount(gc))
M = type(sys)
name = 'mod_' + str(len('abc'))
print(sys.getrefcount(name))
m = M(name)
print(sys.getrefcount(name), m.__name__ == name)
del m
print(sys.getrefcount(name))


class S(str):
    pass


s = S('sub_name')
m2 = M(s)
print(sys.getrefcount(s))
