# Which frames a re-raised exception shows: `raise err` adds the frame that raises it
# again (so a frame can appear twice), a bare `raise` and a `finally` add nothing.
def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError:
        raise
    finally:
        text = None


def retry(text):
    try:
        return load(text)
    except ValueError as err:
        saved = err
    raise saved


retry('x')
