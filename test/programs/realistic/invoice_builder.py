# Invoice builder: line items, discounts, tax brackets, a context manager for sections, formatting.
class Money:
    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def parse(cls, text):
        text = (text.strip()
                .replace("$", "")
                .replace(",", ""))
        dollars, _, cents = text.partition(".")
        return cls(int(dollars) * 100 + int((cents + "00")[:2]))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, factor):
        return Money(round(self.cents * factor))

    __rmul__ = __mul__

    def __format__(self, spec):
        text = f"${self.cents // 100:,}.{self.cents % 100:02d}"
        return format(text, spec or ">10")

    def __repr__(self):
        return f"Money({self.cents})"


class Section:
    depth = 0

    def __init__(self, title, out):
        self.title, self.out = title, out

    def __enter__(self):
        self.out.append("  " * Section.depth + f"[{self.title}]")
        Section.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Section.depth -= 1
        if exc_type is ValueError:
            self.out.append("  " * Section.depth + f"  ! skipped: {exc}")
            return True
        return False


def build(items, discount_code=None, region="CA"):
    out = []
    subtotal = Money(0)
    with Section("items", out):
        for name, qty, price in items:
            with Section(name, out):
                if qty <= 0:
                    raise ValueError(f"quantity {qty} for {name}")
                line = Money.parse(price) * qty
                subtotal = subtotal + line
                out.append("  " * Section.depth + f"{qty:>3} x {price:>8} = {line}")
    rates = {
        "CA": 0.0725,
        "NY": 0.04,
        "OR": 0.0,
    }
    discounts = {"TEN": 0.10, "HALF": 0.5}
    try:
        off = discounts[discount_code] if discount_code else 0.0
    except KeyError:
        out.append(f"unknown code {discount_code!r}, no discount")
        off = 0.0
    else:
        if off:
            out.append(f"code {discount_code}: -{off:.0%}")
    finally:
        discounted = subtotal * (1 - off)
    tax = discounted * rates.get(region, 0.05)
    total = discounted + tax
    out.append(f"{'subtotal':<10}{subtotal}")
    out.append(f"{'tax ' + region:<10}{tax}")
    out.append(f"{'total':<10}{total:>12}")
    return out, total


orders = [
    ([("widget", 3, "$4.99"), ("gadget", 0, "$10"), ("gizmo", 2, "$1,250.5")], "TEN", "CA"),
    ([("bolt", 100, "0.07"), ("nut", 100, ".05")], "BOGUS", "NY"),
    ([("lamp", 1, "$39.95")], None, "TX"),
]
grand = Money(0)
for items, code, region in orders:
    lines, total = build(items, discount_code=code,
                         region=region)
    print("\n".join(lines))
    print("-" * 24)
    grand = grand + total
print(f"grand total {grand:<14}|", repr(grand), 2 * Money(150))
