# Instances of classes derived from builtins take attributes in their own __dict__, and
# the builtin constructors give back exact builtins when handed a subclass instance.
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
class Tags(dict): pass
class Word(str): pass
class Pair(tuple): pass
class Money(float): pass

s = Stack('calls')
s.append(1)
s.depth = len(s)
print(s, s.name, s.depth, sorted(s.__dict__.items()))
t = Tags(a=1)
t.source = 'cli'
w = Word('hi')
w.lang = 'en'
p = Pair((1, 2))
p.label = 'xy'
m = Money(2.5)
m.currency = 'EUR'
print(t, t.source, w, w.lang, w.upper(), p, p.label, p[0], m, m.currency, m * 2)
print(type(float(m)).__name__, type(str(w)).__name__, type(tuple(p)).__name__, type(Pair()).__name__, Pair() == ())
print(type(Pair()).__name__, len(Pair()), Pair() is Pair(), type(Money()).__name__, Money() == 0.0)
del w.lang
print(hasattr(w, 'lang'), w.__dict__)
