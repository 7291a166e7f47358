# Reference counts a student asks about: names, containers, calls, closures.
import sys


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


acct = Account("ada", 100)
print("one name:", sys.getrefcount(acct))
alias = acct
print("two names:", sys.getrefcount(acct))
accounts = [acct, acct, alias]
print("in a list three times:", sys.getrefcount(acct))
book = {"ada": acct, "main": acct}
print("and a dict:", sys.getrefcount(acct))
del accounts
print("list gone:", sys.getrefcount(acct))


def inspect(obj):
    return sys.getrefcount(obj)


print("as an argument:", inspect(acct))


def make_counter():
    count = [0]

    def bump():
        count[0] += 1
        return count[0]

    return bump, count


bump, cell_list = make_counter()
bump()
bump()
print("closure keeps the list:", sys.getrefcount(cell_list), cell_list)
a, b, *rest = [acct, acct, acct, acct]
print("after unpacking:", sys.getrefcount(acct), len(rest))
del a, b, rest, book, alias
print("back to one name:", sys.getrefcount(acct))
pair = (acct, "x")
print("tuple member:", sys.getrefcount(acct), sys.getrefcount(pair))
name = acct.owner
print("owner str shared:", name is acct.owner, sys.getrefcount(name) - sys.getrefcount("zzz_unique_" + "name"))
print(repr(acct))
