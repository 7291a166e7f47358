# Sensor readings pipeline: coroutine-style generators with send/throw/close, smoothing and alerts.
class SensorFault(Exception):
    pass


def averager(window):
    values = []
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except SensorFault as fault:
                values.clear()
                avg = None
                print(f"    averager reset: {fault}")
                continue
            values.append(value)
            if len(values) > window:
                values.pop(0)
            avg = sum(values) / len(values)
    finally:
        print(f"    averager closed with {len(values)} values")


def thresholds(limits):
    def check(name, value):
        low, high = limits.get(name, (float("-inf"), float("inf")))
        if value < low:
            return "LOW"
        if value > high:
            return "HIGH"
        return "ok"
    return check


def readings(raw):
    for line in raw.strip().splitlines():
        name, _, value = line.partition("=")
        value = value.strip()
        if value == "ERR":
            yield name.strip(), None
        else:
            yield name.strip(), float(value)


RAW = """
temp = 21.5
temp = 22.0
hum = 40
temp = 35.5
temp = ERR
temp = 20.25
hum = 95
temp = 19.75
"""
check = thresholds({"temp": (18, 30), "hum": (30, 80)})
smoothers = {}
alerts = []
for name, value in readings(RAW):
    avg = smoothers.get(name)
    if avg is None:
        avg = smoothers[name] = averager(3)
        next(avg)
    if value is None:
        avg.throw(SensorFault(f"{name} returned ERR"))
        continue
    mean = avg.send(value)
    status = check(name, value)
    if status != "ok":
        alerts.append((name, value, status))
    print(f"{name:>5} {value:7.2f} avg {mean:7.3f} {status}")
for name, gen in sorted(smoothers.items()):
    print(f"closing {name}")
    gen.close()
print("alerts:", alerts)
print("summary:", {s: sum(1 for a in alerts if a[2] == s) for s in ("LOW", "HIGH")})
