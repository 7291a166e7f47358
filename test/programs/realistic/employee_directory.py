# A small employee directory: classes, properties, sorting, grouping and reports.
import sys


class Employee:
    __slots__ = ("name", "dept", "salary", "_manager")

    def __init__(self, name, dept, salary, manager=None):
        self.name = name
        self.dept = dept
        self.salary = salary
        self._manager = manager

    @property
    def manager(self):
        return self._manager

    @manager.setter
    def manager(self, value):
        if value is self:
            raise ValueError(f"{self.name} cannot manage themself")
        self._manager = value

    def chain(self):
        boss = self._manager
        while boss is not None:
            yield boss.name
            boss = boss._manager

    def __repr__(self):
        return f"Employee({self.name!r}, {self.dept!r}, {self.salary:,})"

    def __lt__(self, other):
        return (self.dept, -self.salary) < (other.dept, -other.salary)


staff = [
    Employee("Ada", "eng", 185000),
    Employee("Grace", "eng", 172500),
    Employee("Linus", "ops", 99000),
    Employee("Barbara", "research", 210000),
    Employee("Ken", "ops", 101000),
    Employee("Margaret", "eng", 199999),
]
by_name = {e.name: e for e in staff}
by_name["Grace"].manager = by_name["Margaret"]
by_name["Ada"].manager = by_name["Grace"]
by_name["Ken"].manager = by_name["Barbara"]
by_name["Linus"].manager = by_name["Ken"]
try:
    by_name["Ada"].manager = by_name["Ada"]
except ValueError as exc:
    print("refused:", exc)

for e in sorted(staff):
    print(f"{e.dept:<9}{e.name:<10}{e.salary:>10,.2f}  reports to: {' > '.join(e.chain()) or '-'}")

departments = {}
for e in staff:
    departments.setdefault(e.dept, []).append(e)
for dept, members in sorted(departments.items(), key=lambda kv: -sum(m.salary for m in kv[1])):
    total = sum(m.salary for m in members)
    avg = total / len(members)
    print(f"{dept}: {len(members)} people, total {total:,}, average {avg:,.1f}, top {max(members, key=lambda m: m.salary).name}")

raises = {name: round(by_name[name].salary * pct) for name, pct in [("Ada", 0.05), ("Ken", 0.1), ("Linus", 0.125)]}
for name, amount in raises.items():
    by_name[name].salary += amount
print(raises, sorted(e.salary for e in staff)[-3:])
print(sys.getsizeof(staff[0]), hasattr(staff[0], "__dict__"), sys.getrefcount(by_name["Ada"]))
try:
    staff[0].nickname = "countess"
except AttributeError as exc:
    print(type(exc).__name__, exc)
print(min(staff), max(staff, key=lambda e: len(e.name)))
names = [e.name for e in staff]
print(", ".join(sorted(names, key=str.lower)), names.index("Ken"), "Ken" in names)
