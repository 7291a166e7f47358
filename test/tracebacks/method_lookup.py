s = 'abc'
t = s.foo(1)
