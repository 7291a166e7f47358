# Merging overlapping intervals, finding free slots in a schedule, and meeting rooms needed.
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out

def free_slots(busy, day_start, day_end):
    slots = []
    cur = day_start
    for s, e in merge(busy):
        if s > cur:
            slots.append((cur, s))
        cur = max(cur, e)
    if cur < day_end:
        slots.append((cur, day_end))
    return slots

def rooms(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = best = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best

busy = [(9, 10), (13, 15), (9.5, 11), (16, 17), (14, 14.5)]
print(merge(busy))
print(free_slots(busy, 8, 18))
print(rooms([(0, 30), (5, 10), (15, 20), (10, 15), (25, 35)]))
