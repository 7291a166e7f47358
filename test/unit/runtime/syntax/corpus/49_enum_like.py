from enum import Enum, auto

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    @property
    def hex(self):
        return {Color.RED: "#f00", Color.GREEN: "#0f0", Color.BLUE: "#00f"}[self]

    @classmethod
    def parse(cls, name):
        return cls[name.upper()]

print([c.name for c in Color], Color.parse("green").hex, Color.RED is Color(1))
