# Round-robin priority scheduler where tasks are generators that yield their wishes.
class Task:
    _next_id = 0

    def __init__(self, name, gen, priority=5):
        Task._next_id += 1
        self.tid = Task._next_id
        self.name = name
        self.gen = gen
        self.priority = priority
        self.steps = 0
        self.wake_at = 0

    def __repr__(self):
        return f"<{self.name}#{self.tid} p{self.priority}>"


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.log = []

    def spawn(self, name, gen, priority=5):
        task = Task(name, gen, priority)
        self.ready.append(task)
        return task

    def _pick(self):
        self.ready.sort(key=lambda t: (t.priority, t.steps, t.tid))
        return self.ready.pop(0)

    def run(self, limit=40):
        while (self.ready or self.sleeping) and self.clock < limit:
            self.clock += 1
            woken = [t for t in self.sleeping if t.wake_at <= self.clock]
            self.sleeping = [t for t in self.sleeping if t.wake_at > self.clock]
            self.ready.extend(woken)
            if not self.ready:
                continue
            task = self._pick()
            try:
                wish = task.gen.send(self.clock) if task.steps else next(task.gen)
            except StopIteration as done:
                self.log.append((self.clock, task.name, f"done -> {done.value}"))
                continue
            except Exception as exc:
                self.log.append((self.clock, task.name, f"crashed: {exc!r}"))
                continue
            task.steps += 1
            kind, arg = wish
            if kind == "sleep":
                task.wake_at = self.clock + arg
                self.sleeping.append(task)
            elif kind == "spawn":
                child = self.spawn(*arg)
                self.log.append((self.clock, task.name, f"spawned {child!r}"))
                self.ready.append(task)
            else:
                self.log.append((self.clock, task.name, kind))
                self.ready.append(task)


def worker(name, n):
    total = 0
    for i in range(n):
        now = yield ("tick", None)
        total += now
    return f"{name} total {total}"


def sleeper():
    for delay in (3, 1):
        yield ("sleep", delay)
    return "rested"


def parent():
    yield ("spawn", ("kid", worker("kid", 2), 1))
    yield ("sleep", 2)
    raise RuntimeError("parent gave up")


sched = Scheduler()
sched.spawn("w1", worker("w1", 3), 3)
sched.spawn("w2", worker("w2", 2), 3)
sched.spawn("zz", sleeper(), 2)
sched.spawn("boss", parent(), 4)
sched.run()
for when, who, what in sched.log:
    print(f"t={when:02d} {who:<5} {what}")
print("final clock", sched.clock, "ids used", Task._next_id)
