# Reconcile a bank statement against a ledger: match by amount and date window.
class Entry:
    __slots__ = ("day", "amount", "memo", "matched")

    def __init__(self, day, amount, memo):
        self.day = day
        self.amount = amount
        self.memo = memo
        self.matched = None

    def __str__(self):
        sign = "-" if self.amount < 0 else "+"
        cents = abs(self.amount)
        return f"day {self.day:2d} {sign}{cents // 100:>5}.{cents % 100:02d} {self.memo}"


def parse(lines):
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        day, amount, memo = line.split("|")
        whole, _, frac = amount.strip().partition(".")
        cents = int(whole) * 100 + (int(frac.ljust(2, "0")) if frac else 0) * (-1 if whole.startswith("-") else 1)
        out.append(Entry(int(day), cents, memo.strip()))
    return out


BANK = """
# day | amount | memo
1 | 2500.00 | SALARY ACME
3 | -45.20 | GROCER 0231
3 | -12.5 | COFFEE
7 | -800 | RENT MARCH
9 | -45.20 | GROCER 0299
14 | -3.75 | FEE
"""
LEDGER = """
1 | 2500 | pay day
2 | -45.20 | groceries
6 | -800.00 | rent
8 | -45.20 | groceries again
10 | -60 | dinner out
"""

bank = parse(BANK.splitlines())
ledger = parse(LEDGER.splitlines())


def reconcile(bank, ledger, window=2):
    by_amount = {}
    for e in ledger:
        by_amount.setdefault(e.amount, []).append(e)
    for b in bank:
        candidates = [e for e in by_amount.get(b.amount, ()) if e.matched is None and abs(e.day - b.day) <= window]
        if candidates:
            best = min(candidates, key=lambda e: (abs(e.day - b.day), e.day))
            best.matched, b.matched = b, best
    return [b for b in bank if b.matched is None], [e for e in ledger if e.matched is None]


only_bank, only_ledger = reconcile(bank, ledger)
print("Matched:")
for b in bank:
    if b.matched:
        print(f"  {b}  <->  {b.matched.memo}")
print("Only on statement:")
for b in only_bank:
    print("  ", b)
print("Only in ledger:")
for e in only_ledger:
    print("  ", e)

def total(entries):
    return sum(e.amount for e in entries)

diff = total(bank) - total(ledger)
print(f"statement {total(bank)/100:.2f} ledger {total(ledger)/100:.2f} diff {diff/100:+.2f}")
explained = total(only_bank) - total(only_ledger)
assert explained == diff, (explained, diff)
print("difference fully explained" if explained == diff else "unexplained!")
try:
    parse(["5 | abc | oops"])
except ValueError as err:
    print(type(err).__name__, err)
