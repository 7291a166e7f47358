# async with in a plain function.
def f():
    async with open("x") as h:
        pass
