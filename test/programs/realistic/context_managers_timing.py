# Context managers written as classes: nesting, exceptions suppressed or passed on, a resource pool and its bookkeeping.
log = []


class Section:
    depth = 0

    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append("  " * Section.depth + f"enter {self.name}")
        Section.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Section.depth -= 1
        status = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        log.append("  " * Section.depth + f"exit {self.name} ({status})")
        return exc_type is not None and issubclass(exc_type, self.swallow)


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.used = set()

    def acquire(self):
        pool = self

        class Lease:
            def __enter__(self):
                self.slot = pool.free.pop()
                pool.used.add(self.slot)
                return self.slot

            def __exit__(self, *exc):
                pool.used.discard(self.slot)
                pool.free.append(self.slot)
                return False
        return Lease()


with Section("outer"):
    with Section("parse", swallow=(ValueError,)):
        int("x1")
    with Section("compute") as s, Section("inner"):
        total = sum(range(10))
    log.append(f"computed {total} in {s.name}")
try:
    with Section("fails", swallow=(KeyError,)):
        [][1]
except IndexError as e:
    log.append(f"caught outside: {e}")
print("\n".join(log))
pool = Pool(2)
with pool.acquire() as a:
    with pool.acquire() as b:
        print("slots", a, b, sorted(pool.used), pool.free)
        try:
            with pool.acquire():
                pass
        except IndexError as e:
            print("pool empty:", e)
print("after", sorted(pool.free), pool.used, Section.depth)
