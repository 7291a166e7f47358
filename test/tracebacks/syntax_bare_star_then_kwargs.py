# A bare * followed by **kwargs: 3.8 reports at the **.
def f(a, *, **k):
    pass
