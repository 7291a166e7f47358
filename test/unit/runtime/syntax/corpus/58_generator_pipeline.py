def read_lines(text):
    for line in text.splitlines():
        yield line

def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

def typed(pairs):
    for key, value in pairs:
        try:
            yield key, int(value)
        except ValueError:
            yield key, value

CONFIG = """
# settings
port = 8080
host = localhost
retries=3
"""
print(dict(typed(parse(read_lines(CONFIG)))))
