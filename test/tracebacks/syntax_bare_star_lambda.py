# A bare * with nothing after it in a lambda: 3.9+ point past it, 3.8 at it.
make = lambda *: 0
