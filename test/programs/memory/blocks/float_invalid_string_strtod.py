# float() of an invalid string still reads its longest number prefix with _Py_dg_strtod
# (float_from_string_inner then sees the rest): a hard prefix takes dtoa's Bigints, which stay
# on its free list (PyMem_Malloc'd once its private pool is used up). A string that starts with
# no number makes PyOS_string_to_double format its own ValueError first ('%.200s' of the text),
# whose one-character piece is a new Latin-1 singleton up to 3.10; complex() reads the same way.
# Up to 3.9 an all-blank string's empty rest goes to PyOS_string_to_double too.
import sys

g = sys.getallocatedblocks
hard = "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324"
long_digits = "1." + "3" * 60 + "e-300"


def attempt(f, text):
    try:
        f(text)
    except ValueError:
        return "ValueError"
    return "ok"


attempt(float, "warm up")
attempt(complex, "warm up")
for rnd in range(2):
    b = g(); r = attempt(float, hard + "x"); print(rnd, "float hard prefix then x", r, g() - b)
    b = g(); r = attempt(float, long_digits + "?"); print(rnd, "float 61 digits then ?", r, g() - b)
    b = g(); r = attempt(float, hard); print(rnd, "float hard", r, g() - b)
    # A one-character rest after leading blanks is decoded as a str of its own; trailing blanks stay in it.
    b = g(); r = attempt(float, "  \x0e"); print(rnd, "float of blanks and one control character", r, g() - b)
    b = g(); r = attempt(float, " \x06 "); print(rnd, "float of one padded control character", r, g() - b)
    b = g(); r = attempt(complex, " \x05"); print(rnd, "complex of a blank and one control character", r, g() - b)
    b = g(); r = attempt(complex, "1+" + hard + "jx"); print(rnd, "complex hard imaginary then x", r, g() - b)
    b = g(); r = attempt(float, "   "); print(rnd, "float blanks", r, g() - b)
