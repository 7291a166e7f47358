# A task scheduler that ends with an uncaught, chained exception: the script's last
# stderr line and exit status must be CPython's.
import sys

tasks = [("write report", 3, "2024-05-02"), ("email", 1, "2024-05-01"), ("review", 2, "2024-05-01"), ("deploy", 1, "2024-05-03")]
for name, prio, due in sorted(tasks, key=lambda t: (t[2], -t[1], t[0])):
    print(f"{due} p{prio} {name}")
by_day = {}
for name, prio, due in tasks:
    by_day.setdefault(due, []).append(name)
while by_day:
    day, names = by_day.popitem()
    print(day, sorted(names))


class SchedulingError(Exception):
    pass


def parse_duration(text):
    value, unit = text[:-1], text[-1]
    return int(value) * {"h": 60, "m": 1}[unit]


def plan(durations):
    total = 0
    for d in durations:
        try:
            total += parse_duration(d)
        except (KeyError, ValueError) as e:
            raise SchedulingError(f"bad duration {d!r}") from e
    return total


print(plan(["1h", "30m", "2h"]))
try:
    plan(["1h", "5x"])
except SchedulingError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
sys.stdout.flush()
print(plan(["90m", "h"]))
