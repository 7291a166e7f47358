# An error leaving a generator's frame is not normalized there: up to 3.11 gen_send_ex only
# asks PyErr_ExceptionMatches(StopIteration), so the instance and its args tuple are made
# by the handler's frame, on the handler's line, not on the line that drove the generator
# (which here has just given back a 1-tuple, the arguments of the class call that failed).
import sys


class Amount:
    def __init__(self, text):
        self.cents = int(text) * 100


def parse(words):
    return sorted((Amount(w) for w in words), key=lambda a: -a.cents)


def total(words):
    return sum(Amount(w).cents for w in words)


good = [a.cents for a in parse(["3", "1", "2"])]
gen = (Amount(10 // n) for n in (5, 0))
try:
    values = list(gen)
except ZeroDivisionError as e:
    first = str(e)
try:
    total(["7", "y"])
except ValueError as e:
    second = len(e.args)
try:
    parse(["4", "x", "5"])
except ValueError as e:
    third = len(e.args)
sys.stdout.write(f"{good} {first} {second} {third}\n")
