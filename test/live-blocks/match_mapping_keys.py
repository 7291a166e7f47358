# requires Python 3.10+ (the match statement)
# Mapping patterns of constant keys: the keys are one folded tuple constant (no tuple made
# per match), and match_keys makes its seen-keys set, dummy and values (3.10: a list turned
# into a tuple; 3.11+: a tuple made first, freed when a key is missing) on the case's line.
def kind(event):
    match event:
        case {"type": "key", "key": k}:
            return ("key", k)
        case {"type": "move", "dx": dx, "dy": dy}:
            return ("move", dx + dy)
        case {"type": t, **rest}:
            return (t, len(rest))
        case {}:
            return ("empty", 0)
    return None


kept = []
events = [{"type": "key", "key": "q"}, {"type": "move", "dx": 1, "dy": 2}, {"type": "scroll", "by": 3}, {}]
for e in events:
    r = kind(e)
    kept.append((r,))
for e in events * 3:
    kind(e)
after = (len(kept),)
last = [kind({"type": "move", "dx": 5})]
