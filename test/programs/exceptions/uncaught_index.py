# IndexError uncaught in a nested call.
def last(xs):
    return xs[len(xs)]

def main():
    return last([1, 2, 3])

main()
