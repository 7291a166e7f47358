# An elevator controller as a table-driven state machine with dispatch on method names and an event log.
class State:
    IDLE = "idle"
    MOVING_UP = "up"
    MOVING_DOWN = "down"
    DOORS_OPEN = "open"

class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(state, event)
        self.state, self.event = state, event

    def __str__(self):
        return f"cannot handle {self.event!r} while {self.state}"

class Elevator:
    TRANSITIONS = {
        (State.IDLE, "call"): "on_call",
        (State.MOVING_UP, "tick"): "on_tick",
        (State.MOVING_DOWN, "tick"): "on_tick",
        (State.DOORS_OPEN, "close"): "on_close",
        (State.IDLE, "open"): "on_open",
    }

    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.state = State.IDLE
        self.requests = []
        self.log = []

    def handle(self, event, *args):
        name = self.TRANSITIONS.get((self.state, event))
        if name is None:
            raise InvalidTransition(self.state, event)
        before = self.state
        getattr(self, name)(*args)
        self.log.append((before, event, self.state, self.floor))

    def on_call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.requests.append(floor)
        self._depart()

    def _depart(self):
        if not self.requests:
            self.state = State.IDLE
        elif self.requests[0] == self.floor:
            self.requests.pop(0)
            self.state = State.DOORS_OPEN
        else:
            self.state = State.MOVING_UP if self.requests[0] > self.floor else State.MOVING_DOWN

    def on_tick(self):
        self.floor += 1 if self.state == State.MOVING_UP else -1
        if self.floor == self.requests[0]:
            self.requests.pop(0)
            self.state = State.DOORS_OPEN

    def on_close(self):
        self._depart()

    def on_open(self):
        self.state = State.DOORS_OPEN

e = Elevator(5)
script = [("call", 3), ("tick",), ("tick",), ("tick",), ("close",), ("call", 1), ("tick",),
          ("open",), ("tick",), ("close",), ("call", 9), ("call", 1), ("close",), ("open",), ("close",)]
for step in script:
    try:
        e.handle(*step)
    except InvalidTransition as err:
        print("invalid:", err, "| args:", err.args)
    except ValueError as err:
        print("value error:", err)
    else:
        print(f"{step[0]:>5} -> {e.state:<5} floor={e.floor} pending={e.requests}")
print(len(e.log), e.log[-1], e.log[0])
visits = {}
for _, _, st, fl in e.log:
    visits[st] = visits.get(st, 0) + 1
print(sorted(visits.items(), key=lambda kv: (-kv[1], kv[0])))
print([name for name in dir(State) if not name.startswith("_")])
print(sorted(set(Elevator.TRANSITIONS.values())))
