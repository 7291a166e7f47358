# CJK Extension I came with Unicode 15.1 (CPython 3.13): its ideographs are named from their code points.
print(ascii("\N{CJK UNIFIED IDEOGRAPH-2EBF0}"))
