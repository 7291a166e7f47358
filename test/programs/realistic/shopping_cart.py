# A shopping cart with discounts, coupons validated by exceptions, and a receipt.
class CouponError(Exception):
    pass

PRICES = {"apple": 0.5, "bread": 2.25, "milk": 1.2, "cheese": 4.75}
def apply_coupon(total, code):
    if code == "HALF":
        return total / 2
    if code.startswith("OFF"):
        amount = int(code[3:])
        if amount > total:
            raise CouponError(f"coupon {code} exceeds total {total}")
        return total - amount
    raise CouponError(f"unknown coupon {code!r}")

cart = [("apple", 6), ("bread", 1), ("cheese", 2), ("milk", 3)]
lines = []
total = 0
for item, qty in cart:
    cost = PRICES[item] * qty
    if qty >= 3:
        cost = round(cost * 0.9, 2)
    lines.append((item, qty, cost))
    total += cost
for item, qty, cost in lines:
    print(item.ljust(8), str(qty).rjust(3), str(cost).rjust(7))
print("total", round(total, 2))
for code in ["HALF", "OFF5", "OFF100", "FREE"]:
    try:
        print(code, round(apply_coupon(total, code), 2))
    except CouponError as e:
        print("rejected:", e)
