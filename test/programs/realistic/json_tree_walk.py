# Walking nested dicts and lists like parsed JSON: depth-first paths, flattening, searching and a pretty printer.
config = {
    "name": "service",
    "version": 3,
    "servers": [
        {"host": "alpha", "ports": [80, 443], "tags": {"zone": "eu", "tier": 1}},
        {"host": "beta", "ports": [8080], "tags": {"zone": "us", "tier": 2}},
    ],
    "limits": {"cpu": 2.5, "memory": {"soft": 512, "hard": 1024}},
    "enabled": True,
    "owner": None,
}


def walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + (i,))
    else:
        yield path, node


def flatten(node):
    return {".".join(map(str, p)): v for p, v in walk(node)}


def render(node, indent=0):
    pad = "  " * indent
    if isinstance(node, dict):
        lines = ["{"]
        for k, v in node.items():
            lines.append(f"{pad}  {k!r}: {render(v, indent + 1)},")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(node, list):
        return "[" + ", ".join(render(v, indent + 1) for v in node) + "]"
    return repr(node)


def depth(node):
    if isinstance(node, (dict, list)):
        children = node.values() if isinstance(node, dict) else node
        return 1 + max((depth(c) for c in children), default=0)
    return 0


flat = flatten(config)
for key in sorted(flat)[:6]:
    print(f"{key:<24} = {flat[key]!r}")
print(len(flat), depth(config), [p for p, v in walk(config) if v == 1])
print(render(config["limits"]))
print([s["host"] for s in config["servers"] if s["tags"]["tier"] < 2], sum(len(s["ports"]) for s in config["servers"]))
ints = [v for _, v in walk(config) if type(v) is int]
print(ints, sorted({type(v).__name__ for _, v in walk(config)}))
config["servers"][1]["ports"].append(9090)
print(flatten(config)["servers.1.ports.1"], len(flatten(config)))
