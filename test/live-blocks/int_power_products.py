# An int power keeps the digits its last multiplication asked for (long_pow's MULT steps),
# more than its value needs: 10 ** 15 takes 36 bytes where 32 would do.
def power(base, exponent):
    return base ** exponent


tens = [10 ** k for k in range(0, 40, 5)]
mixed = []
for base in (3, -10, 12345, 2 ** 31, 10 ** 12, True):
    for exponent in (0, 1, 2, 3, 4, 7, 16, 31, 100):
        mixed.append(pow(base, exponent))
by_call = [power(7, e) for e in (5, 11, 23, 40)]
folded = 10 ** 35
folded_big = 2 ** 100
square = 2 ** 31
square = square * square
print(len(tens), len(mixed), len(by_call), folded > folded_big, square)
