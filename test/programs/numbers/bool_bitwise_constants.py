# &, | and ^ of two bools give a bool (Objects/boolobject.c bool_and/bool_or/bool_xor), also
# where the compiler folds constant operands (Python/ast_opt.c fold_binop runs the same
# slots); a bool with an int gives an int.
import sys

a = True
print(a & a, True & True, True | False, True ^ True, False | False, False ^ False)
print(True & 1, 1 | True, True ^ 2, -True, ~False, True + True, True << 2)
pair = (True & False, True | True)
print(pair, [type(x).__name__ for x in pair], sys.getsizeof(True & True))
f, t = False, True
print((a ^ a) is f, (a | False) is t, (a & 1) is t)
