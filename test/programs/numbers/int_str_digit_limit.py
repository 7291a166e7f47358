# The int/str conversion limit (CVE-2020-10735): str() and int() of huge decimals.
import sys

print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("str:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("int:", e)
print(int("7" * 4300) % 1000)
print(hex(2 ** 20000)[:10], len(hex(2 ** 20000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
x = 3 ** 100000
print(x % 1000003, len(str(x)))
print((1 << 70000) % 999983)
