class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return "%s #%d: %.2f" % (self.owner, self.id, self.balance)

acct = Account("ann", 100)
acct.deposit(50)
try:
    acct.withdraw(500)
except InsufficientFunds as exc:
    print("error:", exc)
print(acct, acct.history)
