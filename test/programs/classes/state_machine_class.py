# A traffic-light state machine with a transition table on the class, __call__ to step it and __iter__ to run a schedule
class Light:
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    durations = {"red": 3, "green": 2, "yellow": 1}
    def __init__(self, state="red"):
        self.state = state
        self.history = [state]
    def __call__(self):
        self.state = self.transitions[self.state]
        self.history.append(self.state)
        return self.state
    def __iter__(self):
        for _ in range(5):
            yield self.state, self.durations[self.state]
            self()
    def __repr__(self):
        return f"Light({self.state!r}, steps={len(self.history) - 1})"
light = Light()
for state, secs in light:
    print(state, secs)
print(light, light.history[-3:])
try:
    Light("blue")()
except KeyError as e:
    print("KeyError:", e)
