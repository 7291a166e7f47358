# 3.13 shows underscored names when the object is the failing frame's self, read through its cell
# when a closure captured it.
class A:
    def __init__(self):
        self._secret = 1
    def m(self):
        g = lambda: self
        return self.secre
A().m()
