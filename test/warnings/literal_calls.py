# A literal, display or comprehension called: the compiler warns "perhaps you missed a
# comma?" (compile.c check_caller, 3.8+; 3.8-3.11 at the call's line, 3.12+ at the
# callable's); the call raises the TypeError at run time.
x = [1]
attempts = [
    lambda: "abc"(), lambda: 1(), lambda: (1, 2)(), lambda: [1](), lambda: [i for i in x](),
    lambda: {1: 2}(), lambda: {i: i for i in x}(), lambda: {1}(), lambda: {i for i in x}(),
    lambda: (i for i in x)(), lambda: f"a{x}"(), lambda: f"ab"(), lambda: None(), lambda: ...(),
    lambda: True(), lambda: b""(), lambda: 1.5(), lambda: 2j(), lambda: (-1)(), lambda: (1 + 2)(),
    lambda: (x, 2)(x), lambda: ("a" "b")(*x), lambda: [1](**{}),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e)
# No warning: a name, an attribute, a lambda, a call's result.
print("abc".upper(), (lambda: 1)(), (x)[0])
str(1)()
