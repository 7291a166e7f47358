# A ledger with an exception hierarchy: raise ... from, implicit __context__, finally/else ordering, re-raise, and audit.
class LedgerError(Exception):
    pass

class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        super().__init__(f"{account} needs {needed:.2f} more")
        self.account, self.needed = account, needed

class FrozenAccount(LedgerError):
    pass

class Ledger:
    def __init__(self):
        self.balances = {}
        self.frozen = set()
        self.audit = []

    def open(self, name, amount=0):
        if name in self.balances:
            raise LedgerError(f"duplicate account {name!r}")
        self.balances[name] = amount

    def transfer(self, src, dst, amount):
        self.audit.append(f"try {src}->{dst} {amount}")
        try:
            if src in self.frozen:
                raise FrozenAccount(src)
            try:
                have = self.balances[src]
                self.balances[dst]
            except KeyError as e:
                raise LedgerError(f"unknown account {e.args[0]}") from e
            if have < amount:
                raise InsufficientFunds(src, amount - have)
            self.balances[src] -= amount
            self.balances[dst] += amount
        except LedgerError:
            self.audit.append("  failed")
            raise
        else:
            self.audit.append("  ok")
        finally:
            self.audit.append("  done")

def describe(exc):
    parts = [f"{type(exc).__name__}: {exc}"]
    if exc.__cause__ is not None:
        parts.append(f"cause={type(exc.__cause__).__name__}({exc.__cause__})")
    if exc.__context__ is not None and exc.__context__ is not exc.__cause__:
        parts.append(f"context={type(exc.__context__).__name__}")
    parts.append(f"suppress={exc.__suppress_context__}")
    return " ".join(parts)

ledger = Ledger()
for name, amt in [("alice", 100), ("bob", 20), ("carol", 0), ("alice", 5)]:
    try:
        ledger.open(name, amt)
    except LedgerError as e:
        print(describe(e))
ledger.frozen.add("carol")
for src, dst, amt in [("alice", "bob", 30), ("bob", "carol", 75.5), ("dave", "bob", 1),
                      ("alice", "erin", 5), ("carol", "alice", 1), ("bob", "alice", 50)]:
    try:
        ledger.transfer(src, dst, amt)
    except InsufficientFunds as e:
        print(describe(e), "| needed", e.needed, "| isinstance LedgerError:", isinstance(e, LedgerError))
    except LedgerError as e:
        print(describe(e))
print(ledger.balances)
print("\n".join(ledger.audit))

def convert(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            raise LedgerError(f"bad amount {text!r}")

for t in ("12", "3.5", "abc"):
    try:
        print(convert(t))
    except LedgerError as e:
        print(describe(e), "| context is ValueError:", isinstance(e.__context__, ValueError))

def suppressed():
    try:
        {}["k"]
    except KeyError:
        raise LedgerError("hidden") from None
try:
    suppressed()
except LedgerError as e:
    print(describe(e), type(e.__context__).__name__)
def finally_wins():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_wins())
print(LedgerError.__mro__[1:3], issubclass(FrozenAccount, Exception), InsufficientFunds("x", 1.5).args)
