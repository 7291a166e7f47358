# A frame's size counts each local, cell and free variable slot as CPython lays them out: a cell
# that is not a parameter has no local slot (up to 3.10), and from 3.11 every name has one slot.
import sys
def cells(a, b):
    xs = [a]
    total = 0
    lam = lambda: xs[0] + a
    raise ValueError(lam())
def listcomp_cell(n):
    try:
        return [[i + j for j in range(n)] for i in range(n)][5]
    except IndexError as e:
        return e
try:
    cells(1, 2)
except ValueError as e:
    print(sys.getsizeof(e.__traceback__.tb_next.tb_frame))
e = listcomp_cell(2)
print(sys.getsizeof(e.__traceback__.tb_frame))
