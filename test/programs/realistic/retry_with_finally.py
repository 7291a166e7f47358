# Retrying flaky operations: try/except/else/finally, custom exception hierarchies, chaining with from, cleanup order.
class ServiceError(Exception):
    pass


class Timeout(ServiceError):
    def __init__(self, attempt):
        super().__init__(f"timed out on attempt {attempt}")
        self.attempt = attempt


class Refused(ServiceError):
    pass


class Flaky:
    def __init__(self, pattern):
        self.pattern = list(pattern)
        self.calls = 0
        self.open = 0

    def request(self, x):
        self.calls += 1
        outcome = self.pattern.pop(0) if self.pattern else "ok"
        if outcome == "timeout":
            raise Timeout(self.calls)
        if outcome == "refused":
            raise Refused("connection refused")
        return x * 2


events = []


def with_retry(service, x, tries=3):
    for attempt in range(1, tries + 1):
        service.open += 1
        try:
            result = service.request(x)
        except Timeout as e:
            events.append(f"retry after {e}")
            continue
        except ServiceError as e:
            raise RuntimeError(f"giving up on {x}") from e
        else:
            events.append(f"ok {x} on attempt {attempt}")
            return result
        finally:
            service.open -= 1
    raise Timeout(tries)


print(with_retry(Flaky(["timeout", "ok"]), 5))
print(with_retry(Flaky([]), 7))
try:
    with_retry(Flaky(["timeout", "refused"]), 9)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context kept:", e.__context__ is e.__cause__)
svc = Flaky(["timeout"] * 5)
try:
    with_retry(svc, 1)
except Timeout as e:
    print("final:", e, e.attempt, svc.calls, svc.open)
print("\n".join(events))


def cleanup_order():
    order = []
    try:
        try:
            order.append("body")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")


print(cleanup_order())
errors = []
for value in ["12", "x", None, "7"]:
    try:
        errors.append(int(value) * 2)
    except (TypeError, ValueError) as e:
        errors.append(type(e).__name__)
print(errors)
