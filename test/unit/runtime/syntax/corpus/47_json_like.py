def dumps(obj, indent=0):
    pad = " " * indent
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace('"', '\\"') + '"'
    if isinstance(obj, dict):
        inner = ",\n".join(f"{pad}  {dumps(k)}: {dumps(v, indent + 2)}" for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(dumps(x, indent) for x in obj) + "]"
    raise TypeError(f"cannot serialise {type(obj).__name__}")

print(dumps({"a": [1, 2.5, None], "b": {"c": True, "d": 'q"uote'}}))
