# A course gradebook: weighted categories, letter grades, curves and a formatted report.
WEIGHTS = {
    "homework": 0.25,
    "quizzes": 0.15,
    "midterm": 0.25,
    "final": 0.35,
}
CUTOFFS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"),
           (77, "C+"), (73, "C"), (70, "C-"), (60, "D"), (0, "F")]


class Student:
    def __init__(self, name, **scores):
        self.name = name
        self.scores = {
            category: list(values) if isinstance(values, (list, tuple)) else [values]
            for category, values in scores.items()
        }

    def average(self, category, drop_lowest=False):
        values = sorted(self.scores.get(category, []))
        if drop_lowest and len(values) > 1:
            values = values[1:]
        return sum(values) / len(values) if values else 0.0

    def total(self, curve=0.0):
        raw = sum(
            weight * self.average(category, drop_lowest=(category == "quizzes"))
            for category, weight in WEIGHTS.items()
        )
        return min(100.0, raw + curve)


def letter(score):
    return next(grade for cutoff, grade in CUTOFFS if score >= cutoff)


def curve_for(students, target=80.0):
    mean = sum(s.total() for s in students) / len(students)
    return max(0.0, round(target - mean, 1))


students = [
    Student("Ada", homework=[95, 88, 92], quizzes=(70, 85, 90), midterm=88, final=91),
    Student("Brook", homework=[72, 65, 80], quizzes=(60, 75, 58), midterm=70, final=68),
    Student("Cyd", homework=[100, 100, 98], quizzes=(95, 99, 100), midterm=97, final=99),
    Student("Dara", homework=[55, 0, 61], quizzes=(40, 52, 66), midterm=59, final=62),
    Student("Eli", homework=[85, 91, 87], quizzes=(80, 82, 79), midterm=84, final=79),
]
curve = curve_for(students)
print(f"class curve: +{curve}")
header = f"{'name':<6}" + "".join(f"{c[:4]:>7}" for c in WEIGHTS) + f"{'total':>8}{'grade':>6}"
print(header)
print("-" * len(header))
ranked = sorted(
    students,
    key=lambda s: (-s.total(curve), s.name),
)
for s in ranked:
    cells = "".join(
        f"{s.average(c, drop_lowest=(c == 'quizzes')):7.1f}"
        for c in WEIGHTS
    )
    total = s.total(curve)
    print(f"{s.name:<6}{cells}{total:8.2f}{letter(total):>6}")

distribution = {}
for s in students:
    grade = letter(s.total(curve))[0]
    distribution[grade] = distribution.get(grade, 0) + 1
print("distribution:",
      ", ".join(f"{g}={n}"
                for g, n in sorted(distribution.items())))
honors = [s.name for s in students
          if s.total(curve) >= 90
          and min(s.scores["homework"]) >= 85]
print("honors:", honors or "none")
missing = [(s.name, c) for s in students for c, v in s.scores.items() if 0 in v]
print("zeros:", missing)
