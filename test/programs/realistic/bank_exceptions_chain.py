# A bank simulation with custom exception classes, raise-from chains, __cause__/__context__ and finally.

class BankError(Exception):
    """Base class for bank errors."""

class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed:.2f} more")
        self.account = account
        self.needed = needed

class AccountFrozen(BankError):
    pass

class TransferFailed(BankError):
    def __str__(self):
        return f"transfer failed: {self.args[0]}"


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance:.2f})"

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        self.balance += amount
        self.history.append(amount)


audit = []

def transfer(src, dst, amount):
    audit.append(f"begin {src.owner}->{dst.owner} {amount}")
    try:
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except AccountFrozen:
            src.deposit(amount)
            raise
    except InsufficientFunds as e:
        raise TransferFailed(f"{src.owner} -> {dst.owner}") from e
    except AccountFrozen as e:
        raise TransferFailed(f"frozen: {e}")
    finally:
        audit.append(f"end {src.owner}->{dst.owner}")
    return True


def describe(exc):
    parts = [f"{type(exc).__name__}: {exc}"]
    while True:
        if exc.__cause__ is not None:
            exc = exc.__cause__
            parts.append(f"caused by {type(exc).__name__}: {exc}")
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc = exc.__context__
            parts.append(f"during {type(exc).__name__}: {exc}")
        else:
            break
    return " | ".join(parts)


alice = Account("alice", 100)
bob = Account("bob", 20)
carol = Account("carol")
carol.frozen = True

for src, dst, amt in [(alice, bob, 30), (bob, alice, 80), (alice, carol, 10), (carol, bob, 1), (alice, bob, -5)]:
    try:
        ok = transfer(src, dst, amt)
    except TransferFailed as e:
        print(describe(e))
        print("  cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
        print("  context is cause:", e.__context__ is e.__cause__)
    except BankError as e:
        print("bank error", type(e).__name__, e.args)
    except ValueError as e:
        print("ValueError", e, e.__context__)
    else:
        print("ok", ok, src, dst)

print(alice, bob, carol)
print(alice.history, bob.history)
print(audit)

# raise ... from None hides the context
def lookup(accounts, owner):
    try:
        return accounts[owner]
    except KeyError:
        raise BankError(f"no account for {owner!r}") from None

accounts = {a.owner: a for a in (alice, bob, carol)}
try:
    lookup(accounts, "dave")
except BankError as e:
    print(describe(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# An exception raised inside finally replaces the one in flight
def cleanup_fails():
    try:
        raise InsufficientFunds(bob, 1)
    finally:
        raise RuntimeError("cleanup failed")

try:
    cleanup_fails()
except RuntimeError as e:
    print(describe(e))
    print(isinstance(e.__context__, BankError), e.__context__.needed)

# finally runs on return and its return value wins
def finally_return():
    try:
        return "try"
    finally:
        audit.append("finally ran")

def finally_overrides():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            if i == 1:
                audit.append("override")
    return "loop done"

print(finally_return(), finally_overrides(), audit[-2:])
print(InsufficientFunds.__mro__[1:3], issubclass(TransferFailed, Exception), BankError.__doc__)
e = TransferFailed("x", 1)
print(str(e), repr(e), e.args)
