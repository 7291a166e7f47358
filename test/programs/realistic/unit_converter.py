# Unit converter with dict dispatch, aliases and a small expression parser for "5 ft in m".
LENGTH = {"m": 1.0, "cm": 0.01, "mm": 0.001, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
MASS = {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125}
ALIASES = {"meter": "m", "meters": "m", "feet": "ft", "foot": "ft", "inch": "in", "inches": "in",
           "pounds": "lb", "pound": "lb", "grams": "g", "miles": "mi", "kilometers": "km"}


def temperature(value, src, dst):
    to_c = {"c": lambda v: v, "f": lambda v: (v - 32) * 5 / 9, "k": lambda v: v - 273.15}
    from_c = {"c": lambda v: v, "f": lambda v: v * 9 / 5 + 32, "k": lambda v: v + 273.15}
    return from_c[dst](to_c[src](value))


def linear(table):
    def convert(value, src, dst):
        return value * table[src] / table[dst]
    convert.units = set(table)
    return convert


CONVERTERS = [linear(LENGTH), linear(MASS)]


class ConversionError(Exception):
    pass


def normalize(unit):
    unit = unit.strip().lower().rstrip(".")
    return ALIASES.get(unit, unit)


def convert(value, src, dst):
    src, dst = normalize(src), normalize(dst)
    if {src, dst} <= {"c", "f", "k"}:
        return temperature(value, src, dst)
    for conv in CONVERTERS:
        if src in conv.units and dst in conv.units:
            return conv(value, src, dst)
    known = sorted(set().union(*(c.units for c in CONVERTERS)))
    raise ConversionError(f"cannot convert {src!r} to {dst!r}; known: {', '.join(known)}")


def run_query(query):
    parts = query.replace(" to ", " in ").split(" in ")
    if len(parts) != 2:
        raise ConversionError(f"expected 'VALUE UNIT in UNIT', got {query!r}")
    left, dst = parts
    number = left.rstrip("abcdefghijklmnopqrstuvwxyz. ")
    unit = left[len(number):]
    result = convert(float(number), unit, dst)
    return f"{float(number):g} {normalize(unit)} = {result:.4g} {normalize(dst)}"


queries = ["5 ft in m", "12 inches to cm", "3.5 miles in km", "180 pounds in kg", "100 f in c",
           "0 k in f", "250 grams to oz", "1 km in lb", "nonsense", "12 parsecs in m", "abc m in ft"]
for q in queries:
    try:
        print(f"{q:<18} -> {run_query(q)}")
    except ConversionError as e:
        print(f"{q:<18} !! {e}")
    except ValueError as e:
        print(f"{q:<18} ?? {e}")

table = [(f, round(convert(f, "ft", "m"), 3)) for f in range(0, 11, 2)]
print(" | ".join(f"{f}ft={m}m" for f, m in table))
roundtrip = all(abs(convert(convert(x, "mi", "km"), "km", "mi") - x) < 1e-9 for x in (1, 2.5, 1000))
print("roundtrip ok:", roundtrip, "units:", len(LENGTH) + len(MASS) + 3)
