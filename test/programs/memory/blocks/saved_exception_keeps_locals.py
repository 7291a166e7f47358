# An exception kept after its handler keeps the frames it passed, and with them their
# locals: the 200 strings of build() live until the exception goes.
import sys


def build(n):
    data = [str(i) for i in range(n)]
    raise RuntimeError('too big')


b = sys.getallocatedblocks()
try:
    build(200)
except RuntimeError as e:
    saved = e
print(sys.getallocatedblocks() - b >= 200)
frame = saved.__traceback__.tb_next.tb_frame
print(frame.f_code.co_name, frame.f_lineno)
del frame
del saved
# The 200 strings are gone with it (the exact figure varies by a block between CPython runs under load).
print(sys.getallocatedblocks() - b < 10)
