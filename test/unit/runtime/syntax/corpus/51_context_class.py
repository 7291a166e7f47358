class Timer:
    active = 0

    def __enter__(self):
        Timer.active += 1
        self.events = []
        return self

    def __exit__(self, exc_type, exc, tb):
        Timer.active -= 1
        self.events.append(("exit", exc_type.__name__ if exc_type else None))
        return exc_type is KeyError

with Timer() as t:
    t.events.append("body")
    raise KeyError("suppressed")
print(t.events, Timer.active)
