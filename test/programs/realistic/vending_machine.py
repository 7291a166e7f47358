# A vending machine as a state machine driven by events, with change-making.
COINS = (200, 100, 50, 20, 10, 5)


class VendingError(Exception):
    pass


class Machine:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = "idle"
        self.credit = 0
        self.float = {c: 5 for c in COINS}
        self.sales = []

    def handle(self, event, arg=None):
        method = getattr(self, f"on_{self.state}_{event}", None)
        if method is None:
            raise VendingError(f"cannot {event} while {self.state}")
        before = self.state
        self.state = method(arg)
        return before, self.state

    def on_idle_coin(self, coin):
        return self.on_paying_coin(coin)

    def on_paying_coin(self, coin):
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin}")
        self.credit += coin
        self.float[coin] += 1
        return "paying"

    def on_paying_select(self, code):
        name, price, count = self.stock.get(code, (None, 0, 0))
        if name is None:
            raise VendingError(f"no product {code}")
        if count == 0:
            raise VendingError(f"{name} sold out")
        if self.credit < price:
            raise VendingError(f"{name} costs {price}, credit {self.credit}")
        change = self.make_change(self.credit - price)
        self.stock[code] = (name, price, count - 1)
        self.sales.append((name, price, change))
        self.credit = 0
        return "idle"

    def on_paying_cancel(self, _):
        refund = self.make_change(self.credit)
        self.sales.append(("refund", 0, refund))
        self.credit = 0
        return "idle"

    def make_change(self, amount):
        given = []
        for coin in COINS:
            while amount >= coin and self.float[coin] > 0:
                amount -= coin
                self.float[coin] -= 1
                given.append(coin)
        if amount:
            for coin in given:
                self.float[coin] += 1
            raise VendingError(f"cannot make change, {amount} short")
        return given


m = Machine({"A1": ("cola", 120, 2), "A2": ("chips", 85, 1), "B1": ("gum", 35, 0)})
script = [("coin", 100), ("coin", 50), ("select", "A1"), ("select", "A1"), ("coin", 3),
          ("coin", 200), ("select", "B1"), ("select", "C9"), ("select", "A2"),
          ("coin", 20), ("coin", 20), ("cancel", None), ("coin", 10), ("select", "A1"), ("cancel", None)]
for event, arg in script:
    try:
        before, after = m.handle(event, arg)
        note = f"{before} -> {after}"
    except VendingError as e:
        note = f"error: {e}"
    print(f"{event:>6} {str(arg):>4}: {note:<32} credit={m.credit}")
for name, price, change in m.sales:
    print(f"  {name:<6} {price:>4} change {change} = {sum(change)}")
print("stock:", {k: v[2] for k, v in m.stock.items()})
print("float:", ", ".join(f"{c}:{n}" for c, n in m.float.items() if n != 5))
