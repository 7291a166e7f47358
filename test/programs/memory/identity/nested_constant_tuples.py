# Constant tuples nested in constant tuples, the same constant in two code objects: the
# compiler folds each into one constant and merges equal ones (Python/compile.c
# merge_consts_recursive), so both codes hold one object.
import sys


def grid():
    return (((1, 2), (3, 4)), ((5, 6), (7, 8)))


def pairs():
    return (((1, 2), (3, 4)), ((5, 6), (7, 8)))


module_level = (((1, 2), (3, 4)), ((5, 6), (7, 8)))
print(grid(), grid() is pairs(), grid() is module_level)
print(grid()[0] is module_level[0], grid()[0][1] is pairs()[0][1])
print(sys.getrefcount(module_level), sys.getsizeof(module_level), len(grid()[1][0]))
