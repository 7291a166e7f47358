counter = 0
CONFIG = {"debug": False}

def bump():
    global counter
    counter += 1
    return counter

def configure(**options):
    global CONFIG
    CONFIG = {**CONFIG, **options}

def read_only():
    return counter + len(CONFIG)

bump(); bump(); configure(debug=True, level=3)
print(counter, CONFIG, read_only())
