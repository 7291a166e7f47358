# A JSON-like pretty printer written by hand: nested dicts, lists, strings with escapes, numbers.
def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k, v in value.items():
            parts.append(pad + "  " + quote(str(k)) + ": " + dump(v, indent + 1))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(x, (int, float)) for x in value):
            return "[" + ", ".join(dump(x) for x in value) + "]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in value) + "\n" + pad + "]"
    if isinstance(value, str):
        return quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return repr(value)

def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

doc = {
    "name": "arena",
    "version": [1, 2, 0],
    "ratio": 0.75,
    "tags": ["memory", "python", 'with "quotes"'],
    "owner": {"id": 7, "active": True, "manager": None, "notes": "line1\nline2"},
    "empty": {},
    "nested": [[1, 2], {"k": []}],
}
print(dump(doc))
