# 3.13 hides underscored names from an AttributeError's suggestion when the object is not the
# failing frame's self; 3.10-3.12 (Python/suggestions.c) still offer '_secret'.
class A:
    def __init__(self):
        self._secret = 1
A().secret
