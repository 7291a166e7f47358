# A small record decorator in the style of dataclasses: it reads the class's annotations, which
# under the future are strings, so the classes may name each other before they exist.
from __future__ import annotations
import sys


def record(cls):
    fields = list(cls.__annotations__)
    defaults = {name: cls.__dict__[name] for name in fields if name in cls.__dict__}

    def __init__(self, *args, **kwargs):
        values = dict(zip(fields, args))
        values.update(kwargs)
        for name in fields:
            if name in values:
                setattr(self, name, values[name])
            elif name in defaults:
                setattr(self, name, defaults[name])
            else:
                raise TypeError(f"{cls.__name__}() missing argument: {name!r}")

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields)
        return f"{cls.__name__}({inner})"

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__field_types__ = {name: cls.__annotations__[name] for name in fields}
    return cls


@record
class Employee:
    name: str
    manager: Employee | None = None
    team: Team | None = None
    skills: list[str] = ()


@record
class Team:
    title: str
    members: list[Employee] = ()
    budget: dict[str, float] = None


lead = Employee("Ada")
dev = Employee("Linus", manager=lead, skills=("c", "git"))
team = Team("kernel", members=[lead, dev], budget={"coffee": 12.5})
lead.team = dev.team = team
print(dev)
print(team.title, [m.name for m in team.members])
print(Employee.__field_types__)
print(Team.__field_types__)
print(Employee.__init__.__annotations__, Employee.__repr__.__annotations__)


def promote(who: Employee, to: Team | None = None, *, raise_by: float = 0.1) -> tuple[Employee, float]:
    return who, raise_by


print(promote.__annotations__)
print(promote(dev)[1])
texts = [t for t in Employee.__field_types__.values()]
print(texts[1] is Employee.__field_types__["manager"], sys.getrefcount(texts[1]) > 1)
try:
    Team()
except TypeError as e:
    print(e)
