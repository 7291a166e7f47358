# A log tailer built from generators: lines are parsed, filtered and counted lazily.
# The report takes only what it needs, so some stages are still suspended at the end;
# the interpreter closes them when it exits and their finally blocks report.
LOG = """\
2024-05-01 10:00:01 INFO start service=api
2024-05-01 10:00:02 WARN slow request path=/users ms=830
2024-05-01 10:00:03 INFO request path=/users ms=120
2024-05-01 10:00:04 ERROR failed path=/orders code=500
2024-05-01 10:00:05 INFO request path=/orders ms=95
2024-05-01 10:00:06 WARN slow request path=/orders ms=1210
2024-05-01 10:00:07 ERROR failed path=/users code=503
2024-05-01 10:00:08 INFO stop service=api
"""


def read_lines(text):
    count = 0
    try:
        for line in text.splitlines():
            count += 1
            yield line
    finally:
        print(f"reader closed after {count} lines")


def parse(lines):
    for line in lines:
        date, time, level, *rest = line.split()
        fields = dict(item.split("=", 1) for item in rest if "=" in item)
        yield {"when": f"{date}T{time}", "level": level, "fields": fields}


def only(levels, records):
    seen = 0
    try:
        for rec in records:
            if rec["level"] in levels:
                seen += 1
                yield rec
    finally:
        print(f"filter {sorted(levels)} passed {seen}")


problems = only({"WARN", "ERROR"}, parse(read_lines(LOG)))
first = next(problems)
second = next(problems)
print(first["when"], first["level"], first["fields"])
print(second["when"], second["level"], second["fields"].get("code"))

errors = only({"ERROR"}, parse(read_lines(LOG)))
codes = [int(r["fields"]["code"]) for r in errors]
print("error codes", codes)

slow = (int(r["fields"]["ms"]) for r in parse(read_lines(LOG)) if "ms" in r["fields"])
fastest = min(next(slow), next(slow))
print("fastest of first two", fastest)
print("end of report")
