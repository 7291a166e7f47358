# Student grades: averages, letter grades, ranking with ties, and per-subject maxima.
scores = {
    "ana": {"math": 91, "art": 78, "bio": 85},
    "ben": {"math": 67, "art": 88, "bio": 72},
    "cai": {"math": 91, "art": 95, "bio": 60},
    "dee": {"math": 55, "art": 61, "bio": 70},
}
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
averages = {name: sum(s.values()) / len(s) for name, s in scores.items()}
for name, avg in sorted(averages.items(), key=lambda kv: -kv[1]):
    print(name, round(avg, 2), letter(avg))
subjects = sorted({sub for s in scores.values() for sub in s})
for sub in subjects:
    best = max(scores, key=lambda n: scores[n][sub])
    print(sub, best, scores[best][sub], min(s[sub] for s in scores.values()))
rank = 0
prev = None
for i, (name, avg) in enumerate(sorted(averages.items(), key=lambda kv: -kv[1]), 1):
    if avg != prev:
        rank = i
        prev = avg
    print(rank, name)
