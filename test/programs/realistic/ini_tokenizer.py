# Regex-free tokenizer and parser for INI files with typed values.
SOURCE = """
; global settings
name = demo app
debug = yes

[server]
host = 127.0.0.1
port = 8080
timeout = 2.5   ; seconds
paths = /a, /b , /c

[database]
user = admin
password = "s3cr;et"
pool = 4
[empty]
[broken
key without value
"""


class IniError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


def tokenize(text):
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line[0] == "[":
            if not line.endswith("]"):
                yield ("error", lineno, "unterminated section")
                continue
            yield ("section", lineno, line[1:-1].strip())
            continue
        key, sep, value = line.partition("=")
        if not sep:
            yield ("error", lineno, f"expected '=' in {line!r}")
            continue
        value = value.strip()
        if value.startswith('"'):
            end = value.find('"', 1)
            value = value[1:end]
        else:
            value = value.split(";", 1)[0].rstrip()
        yield ("pair", lineno, (key.strip().lower(), value))


def convert(value):
    lowered = value.lower()
    if lowered in ("yes", "true", "on"):
        return True
    if lowered in ("no", "false", "off"):
        return False
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    if "," in value:
        return [part.strip() for part in value.split(",")]
    return value


def parse(text, strict=False):
    config = {"": {}}
    current = config[""]
    errors = []
    for kind, lineno, payload in tokenize(text):
        if kind == "section":
            current = config.setdefault(payload, {})
        elif kind == "pair":
            key, value = payload
            current[key] = convert(value)
        else:
            err = IniError(lineno, payload)
            if strict:
                raise err
            errors.append(err)
    return config, errors


config, errors = parse(SOURCE)
for section, values in config.items():
    print(f"[{section or 'global'}] ({len(values)} keys)")
    for key, value in sorted(values.items()):
        print(f"  {key:<9} = {value!r:<22} {type(value).__name__}")
for err in errors:
    print("warning:", err, "| lineno attr:", err.lineno)
try:
    parse(SOURCE, strict=True)
except IniError as e:
    print("strict mode stopped at", e.args[0])

tokens = list(tokenize(SOURCE))
kinds = {}
for kind, *_ in tokens:
    kinds[kind] = kinds.get(kind, 0) + 1
print(kinds, len(tokens))
port = config["server"]["port"] + 1
print(f"next port {port}, timeout ms {config['server']['timeout'] * 1000:.0f}")
