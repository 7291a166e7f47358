# Setting a class's special attributes goes through type's data descriptors (type_setattro):
# __name__/__qualname__/__module__/__doc__ setters, read-only members, and deleting a missing name.
class A:
    "doc"
class B:
    pass
def t(f):
    try:
        f()
        return 'ok'
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(t(lambda: setattr(A, '__module__', 'mod')), A.__module__)
print(t(lambda: setattr(A, '__doc__', 'd2')), A.__doc__)
print(t(lambda: setattr(A, '__annotations__', {'x': int})), A.__annotations__)
print(t(lambda: setattr(A, '__mro__', ())))
print(t(lambda: setattr(A, '__dict__', {})))
print(t(lambda: setattr(A, '__name__', 5)))
print(t(lambda: delattr(A, '__name__')))
print(t(lambda: delattr(A, '__doc__')), A.__doc__)
print(t(lambda: setattr(A, '__basicsize__', 5)))
print(t(lambda: setattr(A, '__qualname__', 'Q')), A.__qualname__, repr(A))
print(t(lambda: setattr(A, 'x', 5)), A.x, t(lambda: delattr(A, 'x')), t(lambda: delattr(A, 'x')))
