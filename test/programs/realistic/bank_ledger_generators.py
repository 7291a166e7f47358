# A ledger replayed through generator pipelines: parsing, filtering, running balances, monthly totals.
raw = """2024-01-03 deposit 1500.00
2024-01-05 withdraw 200.50
2024-01-17 withdraw 75.25
2024-02-01 deposit 1500.00
2024-02-11 withdraw 980.00
2024-02-28 fee 12.00
2024-03-02 deposit 1500.00
2024-03-15 withdraw 2400.00
bad line
2024-03-20 withdraw 30.00"""

def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if len(parts) != 3:
            print(f"line {n}: skipped {line!r}")
            continue
        date, kind, amount = parts
        yield date, kind, float(amount)

def signed(entries):
    for date, kind, amount in entries:
        yield date, amount if kind == "deposit" else -amount

def running(entries, start=0.0):
    balance = start
    for date, delta in entries:
        balance += delta
        yield date, delta, round(balance, 2)

history = list(running(signed(parse(raw.splitlines()))))
for date, delta, balance in history:
    flag = " OVERDRAWN" if balance < 0 else ""
    print(f"{date} {delta:>9.2f} {balance:>9.2f}{flag}")

months = {}
for date, delta, _ in history:
    months[date[:7]] = months.get(date[:7], 0.0) + delta
print({m: round(v, 2) for m, v in months.items()})
lowest = min(history, key=lambda h: h[2])
print("lowest", lowest, "final", history[-1][2])
big = (d for d, delta, _ in history if abs(delta) >= 1000)
print(next(big), list(big))
gen = running([("x", 1.0)] * 3)
print(next(gen), gen.send(None), list(gen))
