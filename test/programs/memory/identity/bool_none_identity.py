# True, False and None are singletons; bool() and comparisons return them.
print(bool(1) is True, bool(0) is False, (1 < 2) is True, not None is True)
print(type(None)() is None, bool("x") is True)
print(isinstance(True, int), True + True, True is not int("1"))
