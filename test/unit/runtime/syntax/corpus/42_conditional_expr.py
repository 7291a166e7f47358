def sign(x):
    return "+" if x > 0 else "-" if x < 0 else "0"

values = [sign(v) for v in (-2, 0, 3)]
label = "many" if len(values) > 2 else "few"
fn = (lambda v: v) if values else (lambda v: -v)
print(values, label, fn(5), not values if values else None)
print([x if x % 2 else -x for x in range(6)], (yield_ := 1) if True else 0)
