# Parking garage: levels of spots, tickets with entry/exit minutes, rates and a daily report.
class GarageFull(Exception):
    pass


class Ticket:
    counter = 100

    def __init__(self, plate, size, spot, minute):
        Ticket.counter += 1
        self.number = Ticket.counter
        self.plate, self.size, self.spot = plate, size, spot
        self.entered = minute
        self.left = None

    @property
    def duration(self):
        return None if self.left is None else self.left - self.entered

    def fee(self, rates):
        hours, extra = divmod(self.duration, 60)
        hours += 1 if extra else 0
        base = rates[self.size]
        return min(base * hours, base * 8) if hours else base


class Garage:
    RATES = {"moto": 1, "car": 3, "van": 5}

    def __init__(self, layout):
        self.spots = {(level, n): kind for level, kinds in enumerate(layout) for n, kind in enumerate(kinds)}
        self.taken = {}
        self.log = []

    def free(self, size):
        fits = {"moto": ("moto", "car", "van"), "car": ("car", "van"), "van": ("van",)}[size]
        return sorted(s for s, kind in self.spots.items() if kind in fits and s not in self.taken)

    def enter(self, plate, size, minute):
        options = self.free(size)
        if not options:
            raise GarageFull(f"no {size} spot for {plate}")
        ticket = Ticket(plate, size, options[0], minute)
        self.taken[options[0]] = ticket
        return ticket

    def leave(self, plate, minute):
        spot, ticket = next((s, t) for s, t in self.taken.items() if t.plate == plate)
        ticket.left = minute
        del self.taken[spot]
        self.log.append(ticket)
        return ticket.fee(self.RATES)


g = Garage([["moto", "car", "car"], ["car", "van", "van"], ["moto"]])
events = [(0, "in", "AB-1", "car"), (5, "in", "MO-7", "moto"), (9, "in", "VN-3", "van"),
          (12, "in", "CC-2", "car"), (30, "in", "VN-4", "van"), (31, "in", "MO-8", "moto"),
          (45, "out", "AB-1", None), (50, "in", "VN-5", "van"), (200, "out", "VN-3", None),
          (615, "out", "MO-7", None), (700, "out", "CC-2", None), (701, "out", "ZZ-9", None)]
for minute, kind, plate, size in events:
    try:
        if kind == "in":
            t = g.enter(plate, size, minute)
            print(f"{minute:4} #{t.number} {plate} -> level {t.spot[0]} spot {t.spot[1]}")
        else:
            print(f"{minute:4} {plate} pays ${g.leave(plate, minute)}")
    except GarageFull as e:
        print(f"{minute:4} full: {e}")
    except StopIteration:
        print(f"{minute:4} no ticket for {plate}")
print("still parked:", sorted(t.plate for t in g.taken.values()))
revenue = sum(t.fee(g.RATES) for t in g.log)
longest = max(g.log, key=lambda t: t.duration)
print(f"revenue ${revenue}, longest {longest.plate} {longest.duration // 60}h{longest.duration % 60:02d}m")
by_size = {}
for t in g.log:
    by_size.setdefault(t.size, []).append(t.duration)
print({k: (len(v), sum(v) // len(v)) for k, v in sorted(by_size.items())})
