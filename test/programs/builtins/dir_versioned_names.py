# Names that exist only from some version on are absent from dir() and hasattr() before it:
# BaseException.add_note (3.11), NameError.name (3.10), staticmethod.__call__ (3.10),
# float.__setformat__ (3.9-3.10; __set_format__ in 3.8), int.bit_count (3.10), __getstate__ (3.11).
def f():
    pass

print(hasattr(BaseException, 'add_note'), 'add_note' in dir(ValueError()), hasattr(NameError, 'name'))
print('__call__' in dir(staticmethod(f)), '__call__' in staticmethod.__dict__)
print([n for n in dir(float) if 'format' in n], hasattr(int, 'bit_count'), hasattr(object, '__getstate__'))
print([n for n in dir(1.5) if n in ('__floor__', '__ceil__')], [n for n in dir(list) if 'class' in n])
