# 3.13 displays suggestions through traceback.py, which hides underscored names unless the
# object is the failing frame's self: here it is, so '_secret' is suggested from 3.10 on.
class A:
    def __init__(self):
        self._secret = 1
    def m(self):
        return self.secret
A().m()
