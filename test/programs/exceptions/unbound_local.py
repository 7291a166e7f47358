# UnboundLocalError: a local read before assignment, caught once, then uncaught.
count = 0
def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

bump()

def later():
    print(y)
    y = 2

later()
