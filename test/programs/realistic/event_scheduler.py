# An event scheduler with priorities, cancellation and callbacks; errors in callbacks are caught.
class Scheduler:
    def __init__(self):
        self.events = []
        self.counter = 0
        self.log = []
    def schedule(self, time, priority, action, *args):
        self.counter += 1
        self.events.append((time, priority, self.counter, action, args))
        return self.counter
    def cancel(self, event_id):
        before = len(self.events)
        self.events = [e for e in self.events if e[2] != event_id]
        return before != len(self.events)
    def run(self):
        while self.events:
            self.events.sort(key=lambda e: (e[0], e[1], e[2]))
            time, _, eid, action, args = self.events.pop(0)
            try:
                result = action(*args)
                self.log.append((time, eid, result))
            except Exception as exc:
                self.log.append((time, eid, f"{type(exc).__name__}: {exc}"))

s = Scheduler()
s.schedule(5, 1, lambda: "low priority at 5")
s.schedule(5, 0, lambda: "high priority at 5")
s.schedule(1, 0, pow, 2, 10)
s.schedule(3, 0, lambda x: 10 // x, 0)
doomed = s.schedule(4, 0, print, "never")
s.schedule(2, 0, lambda: s.schedule(6, 0, str.upper, "added later"))
print(s.cancel(doomed), s.cancel(999))
s.run()
for entry in s.log:
    print(entry)
