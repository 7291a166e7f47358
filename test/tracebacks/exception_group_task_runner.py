# A task runner collects the failures of its tasks into one ExceptionGroup.
def parse(text):
    return int(text)


def divide(a, b):
    return a / b


def run_all(tasks):
    errors = []
    results = []
    for name, fn, args in tasks:
        try:
            results.append(fn(*args))
        except Exception as e:
            e.add_note(f"while running task {name!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(tasks)} tasks failed", errors)
    return results


tasks = [
    ("parse-ok", parse, ("12",)),
    ("parse-bad", parse, ("twelve",)),
    ("divide", divide, (1, 0)),
    ("lookup", {}.__getitem__, ("missing",)),
]
try:
    run_all(tasks)
except* ValueError as eg:
    print("bad input:", [str(e) for e in eg.exceptions])
except* ZeroDivisionError as eg:
    print("arithmetic:", eg.exceptions[0].__notes__)
