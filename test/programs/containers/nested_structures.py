# nested dicts and lists like parsed JSON: walking, flattening, counting, path lookup and deep copies by hand
config = {
    "name": "svc",
    "ports": [80, 443],
    "env": {"prod": {"replicas": 3, "zones": ["a", "b"]}, "dev": {"replicas": 1, "zones": []}},
    "tags": ("web", "api"),
}
def walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, path + (k,))
    elif isinstance(node, (list, tuple)):
        for i, v in enumerate(node):
            yield from walk(v, path + (i,))
    else:
        yield path, node
for path, value in walk(config):
    print("/".join(map(str, path)), "=", value)
def get(node, *path, default=None):
    for p in path:
        try:
            node = node[p]
        except (KeyError, IndexError, TypeError):
            return default
    return node
print(get(config, "env", "prod", "zones", 1), get(config, "env", "qa", "replicas", default=0), get(config, "ports", 5))
def deep_copy(node):
    if isinstance(node, dict):
        return {k: deep_copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [deep_copy(v) for v in node]
    return node
c2 = deep_copy(config)
c2["env"]["prod"]["zones"].append("c")
print(config["env"]["prod"]["zones"], c2["env"]["prod"]["zones"], c2 == config)
total = sum(env["replicas"] for env in config["env"].values())
print(total, sorted(config), [k for k, v in config.items() if isinstance(v, (list, tuple))])
