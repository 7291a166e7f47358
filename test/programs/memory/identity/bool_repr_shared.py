# str(True) and repr(False) are the one interned string, not a new one per call.
import gc, sys
gc.collect()
gc.disable()
first = str(True), repr(False)
b0 = sys.getallocatedblocks()
hold = [str(True) for i in range(100)] + [repr(False) for i in range(100)] + [format(True) for i in range(10)]
print(sys.getallocatedblocks() - b0)
print(hold[0] is hold[99] is first[0], hold[100] is first[1], hold[-1] is first[0])
print(str(True) is 'Tr' + 'ue', f'{False}' is first[1], '%s' % True, str(True).upper())
