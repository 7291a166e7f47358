import random

def simulate(arrivals, service_time, seed=42):
    rng = random.Random(seed)
    clock = waiting = served = 0
    queue = []
    while served < arrivals:
        if rng.random() < 0.5 and len(queue) + served < arrivals:
            queue.append(clock)
        if queue and clock % service_time == 0:
            waiting += clock - queue.pop(0)
            served += 1
        clock += 1
    return {"clock": clock, "avg_wait": waiting / served if served else 0.0}

print(simulate(10, 3))
