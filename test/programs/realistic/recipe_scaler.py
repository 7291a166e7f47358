# Recipe scaler: parse ingredient lines, scale quantities as fractions, convert units, shop.
UNITS = {"tsp": 1, "tbsp": 3, "cup": 48}
NAMES = {1: "tsp", 3: "tbsp", 48: "cup"}


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def parse_quantity(text):
    whole, _, frac = text.partition(" ")
    if "/" in whole:
        whole, frac = "0", whole
    num, den = (int(x) for x in frac.split("/")) if frac else (0, 1)
    return int(whole) * den + num, den


def fmt(num, den):
    g = gcd(num, den)
    num, den = num // g, den // g
    whole, rest = divmod(num, den)
    if rest == 0:
        return str(whole)
    return f"{whole} {rest}/{den}" if whole else f"{rest}/{den}"


class Ingredient:
    def __init__(self, line):
        qty, unit, *name = line.split(maxsplit=2) if line[0].isdigit() else ("1", "each", line)
        if "/" in unit:
            qty, unit = f"{qty} {unit}", name[0].split()[0]
            name = [name[0].split(maxsplit=1)[1]]
        self.num, self.den = parse_quantity(qty)
        self.unit = unit
        self.name = " ".join(name)

    def scaled(self, factor_num, factor_den):
        num, den = self.num * factor_num, self.den * factor_den
        if self.unit in UNITS:
            tsp_num = num * UNITS[self.unit]
            for size in sorted(NAMES, reverse=True):
                if tsp_num >= size * den:
                    return fmt(tsp_num, den * size), NAMES[size]
        return fmt(num, den), self.unit


RECIPE = """2 cup flour
1 1/2 tsp salt
3/4 cup sugar
2 tbsp butter
1/3 cup milk
eggs""".splitlines()

items = [Ingredient(line) for line in RECIPE]
for servings in (2, 6, 9):
    factor = (servings, 4)
    print(f"-- {servings} servings (x{fmt(*factor)})")
    for ing in items:
        qty, unit = ing.scaled(*factor)
        print(f"   {qty:>7} {unit:<5} {ing.name}")

shopping = {}
for ing in items:
    key = ing.name.split()[-1]
    shopping[key] = shopping.get(key, 0) + ing.num * 12 // ing.den
print(sorted(shopping.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    Ingredient("2 cups/ flour")
except (ValueError, IndexError) as e:
    print("bad line:", type(e).__name__, e)
