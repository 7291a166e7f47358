# str.removeprefix/removesuffix (3.9+; an AttributeError on 3.8).
for s in ["prefix_x", "x.py", "", "prefix_"]:
    try:
        print(repr(s.removeprefix("prefix_")), repr(s.removesuffix(".py")))
    except AttributeError as e:
        print(e)
