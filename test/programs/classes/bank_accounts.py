# a bank account class hierarchy: super().__init__, properties, class attributes, __repr__, custom exceptions
class InsufficientFunds(Exception):
    pass


class Account:
    interest = 0.0
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        return self

    def month_end(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self._balance})"


class Savings(Account):
    interest = 0.02


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds("over the overdraft")
        self._balance -= amount
        return self


accounts = [Savings("ann", 1000), Checking("bo", 50), Account("cy")]
accounts[0].deposit(500).withdraw(200)
accounts[1].withdraw(120)
for a in accounts:
    a.month_end()
    print(a, a.balance)
for a, amt in [(accounts[2], 10), (accounts[1], 100)]:
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("refused:", e)
try:
    accounts[0].balance = 5
except AttributeError:
    print("balance is read-only")
print(sum(a.balance for a in accounts), [type(a).interest for a in accounts])
