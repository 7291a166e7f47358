# sys.getrefcount of objects held in nested containers, default arguments, class attributes and yields.
import sys

rc = sys.getrefcount

payload = ["payload"]
print("fresh", rc(payload))
nested = [[payload], (payload, payload), {"k": payload}, {1: [payload]}]
print("in nested", rc(payload))
inner = nested[0]
print("inner list", rc(inner), rc(nested))
nested.append(nested)
print("self in list", rc(nested))
del nested[-1]
t = (payload,) * 3
print("tuple repeat", rc(payload))
del t
d = dict.fromkeys("abc", payload)
print("fromkeys", rc(payload))
d.clear()
del nested, inner
print("released", rc(payload))

sentinel = object()
def with_default(x=sentinel, *, y=sentinel, z=[]):
    return x

print("default", rc(sentinel))
with_default()
print("after call", rc(sentinel), rc(with_default.__kwdefaults__["z"]), rc(with_default.__defaults__))
def other(a=sentinel, b=sentinel):
    return a, b
print("two more defaults", rc(sentinel))
result = other()
print("held by result", rc(sentinel), rc(result))
del result, other
print("after del", rc(sentinel))
print("kwdefaults", rc(with_default.__kwdefaults__), len(with_default.__kwdefaults__))

class Config:
    shared = ["shared"]
    counter = 12345678901
    def method(self):
        return self.shared

print("class attr", rc(Config.shared))
c1, c2 = Config(), Config()
print("instances", rc(Config), rc(Config.shared))
view = c1.method()
print("returned", rc(Config.shared))
c1.shared = "own"
print("shadowed", rc(Config.shared), rc(view))
del view
Config.shared = Config.shared + ["more"]
print("rebound", rc(Config.shared))
attrs = vars(Config)
print("mappingproxy", rc(Config.shared), type(attrs).__name__)

def gen(obj):
    yield obj
    yield [obj]
    yield obj

token = ["token"]
print("token", rc(token))
g = gen(token)
print("generator made", rc(token))
first = next(g)
print("first yield", rc(token), first is token)
second = next(g)
print("second yield", rc(token), rc(second))
del first, second
print("dropped yields", rc(token))
third = next(g)
print("third", rc(token))
del third
for _ in g:
    pass
print("exhausted", rc(token))
del g
print("generator gone", rc(token))

m = {"a": {"b": {"c": token}}}
path = m["a"]["b"]
print("deep", rc(token), rc(path), rc(m["a"]))
del path
print([rc(x) for x in (m, m["a"], m["a"]["b"])])
