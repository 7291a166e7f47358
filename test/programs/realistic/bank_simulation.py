# A bank simulation: accounts, transfers, custom exceptions, and an audit log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.shortfall = amount - account.balance

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            self.log.append(f"no account {src}")
            return False
        except InsufficientFunds as e:
            self.log.append(f"failed: {e} (short by {e.shortfall})")
            return False
        else:
            self.accounts[dst].deposit(amount)
            self.log.append(f"moved {amount} from {src} to {dst}")
            return True
        finally:
            self.log.append("transfer attempted")

bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob")
print(bank.transfer(alice.id, bob.id, 30), bank.transfer(bob.id, alice.id, 50), bank.transfer(9, 1, 5))
try:
    bob.deposit(-5)
except ValueError as e:
    print("error:", e)
print(alice, bob)
print(alice.history, bob.history)
for line in bank.log:
    print(line)
print(sum(a.balance for a in bank.accounts.values()))
