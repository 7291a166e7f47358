# dtoa.c (Python/dtoa.c) keeps the Bigints it frees on a free list by size class for good; past
# its 2304-byte private pool (3.13's start-up fills 776 bytes of it with powers of 5), each new one
# is a PyMem_Malloc block. Reprs, rounds, formats, float() and complex() of hard values, each
# line dropping its result: what stays is dtoa's.
import sys

g = sys.getallocatedblocks
long_digits = "1." + "3" * 60 + "e-300"
many_nines = "9" * 50
tiny = "4.9406564584124654e-324"
huge = 1e300
hard_tiny = "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324"
third = 2 / 3
# Floats freed first, so that each line's result float comes off the float free list.
warm = [float(i) for i in range(20)]
del warm

for rnd in range(3):
    b = g(); n = len(repr(third)); print(rnd, "repr 2/3", g() - b)
    b = g(); n = len(repr(huge)); print(rnd, "repr 1e300", g() - b)
    b = g(); n = round(huge, 2) > 0; print(rnd, "round 1e300, 2", g() - b)
    b = g(); n = round(third, 12) > 0; print(rnd, "round 2/3, 12", g() - b)
    b = g(); n = len(format(third, ".40e")); print(rnd, "format .40e", g() - b)
    b = g(); n = len(format(huge, ".5f")); print(rnd, "format 1e300 .5f", g() - b)
    b = g(); n = len("%.17g" % 5e-324); print(rnd, "%.17g 5e-324", g() - b)
    b = g(); n = float(long_digits) > 0; print(rnd, "float 61 digits", g() - b)
    b = g(); n = float(many_nines) > 0; print(rnd, "float 50 nines", g() - b)
    b = g(); n = float(tiny) > 0; print(rnd, "float tiny", g() - b)
    b = g(); n = round(1.7976931348623157e308, -300) > 0; print(rnd, "round max, -300", g() - b)
    b = g(); n = len(format(5e-324, ".320f")); print(rnd, "format 5e-324 .320f", g() - b)
    b = g(); n = float(hard_tiny) > 0; print(rnd, "float 2.47e-324 (bigcomp)", g() - b)
    b = g(); n = round(2.2250738585072014e-308, 320) > 0; print(rnd, "round min normal, 320", g() - b)
    b = g(); n = complex(long_digits + "-" + hard_tiny + "j") != 0; print(rnd, "complex of both", g() - b)
