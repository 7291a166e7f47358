# A to-do list manager: priorities, due dates as (year, month, day) tuples.
class Task:
    def __init__(self, title, priority, due, tags=()):
        self.title = title
        self.priority = priority
        self.due = due
        self.tags = set(tags)
        self.done = False

    def __repr__(self):
        mark = "x" if self.done else " "
        y, m, d = self.due
        return f"[{mark}] P{self.priority} {self.title:<22} due {y:04d}-{m:02d}-{d:02d}"


class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, title, priority, due, *tags):
        if not 1 <= priority <= 5:
            raise ValueError(f"bad priority {priority} for {title!r}")
        task = Task(title, priority, due, tags)
        self.tasks.append(task)
        return task

    def complete(self, title):
        for task in self.tasks:
            if task.title == title:
                task.done = True
                return task
        raise KeyError(title)

    def pending(self):
        return (t for t in self.tasks if not t.done)

    def overdue(self, today):
        return [t for t in self.pending() if t.due < today]

    def by_tag(self):
        groups = {}
        for t in self.tasks:
            for tag in sorted(t.tags):
                groups.setdefault(tag, []).append(t.title)
        return groups

    def agenda(self):
        return sorted(self.pending(), key=lambda t: (t.due, -t.priority, t.title))


todo = TodoList()
todo.add("write report", 4, (2024, 3, 15), "work")
todo.add("buy milk", 2, (2024, 3, 10), "home", "shopping")
todo.add("call plumber", 5, (2024, 3, 9), "home")
todo.add("review PR #42", 3, (2024, 3, 15), "work", "code")
todo.add("renew passport", 1, (2024, 6, 1), "admin")
todo.add("fix bike", 2, (2024, 3, 12), "home")

for bad in [(0, "nap"), (9, "panic")]:
    try:
        todo.add(bad[1], bad[0], (2024, 1, 1))
    except ValueError as e:
        print("rejected:", e)

todo.complete("buy milk")
try:
    todo.complete("walk dog")
except KeyError as e:
    print("no such task:", e)

print("Agenda:")
for i, task in enumerate(todo.agenda(), 1):
    print(f"{i:2}. {task!r}")

today = (2024, 3, 13)
late = todo.overdue(today)
print(f"Overdue on {today}: {[t.title for t in late]}")

for tag, titles in sorted(todo.by_tag().items()):
    print(f"#{tag}: {', '.join(titles)}")

counts = {}
for t in todo.tasks:
    counts[t.priority] = counts.get(t.priority, 0) + 1
print("priority histogram:", " ".join(f"P{p}={'*' * n}" for p, n in sorted(counts.items())))

urgent = max(todo.pending(), key=lambda t: (t.priority, [-x for x in t.due]))
print("most urgent:", urgent.title)
done_ratio = sum(t.done for t in todo.tasks) / len(todo.tasks)
print(f"done: {done_ratio:.1%}")
