def parse(lines):
    out = {}
    for line in lines:
        key, value = line.split('=')
        out[key.strip()] = int(value)
    return out
print(parse(['a=1', 'b = 2', 'c']))
