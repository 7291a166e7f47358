# The oracle for test/unit/runtime/format: reads a JSON corpus (path in argv[1]), computes
# what this CPython prints for every case in one process, and writes JSON to stdout.
# Floats travel as 16-hex-digit bit patterns so no value is lost on the way.
import json
import struct
import sys
import unicodedata


def f_of(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def h_of(x):
    return struct.pack('>d', x).hex()


def err(e):
    return {'err': [type(e).__name__, str(e)]}


def attempt(fn):
    try:
        return fn()
    except Exception as e:  # every Python error is data for the comparison
        return err(e)


def big(s):
    """int(s) for corpus ints, which may be longer than the str-digits limit under test."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return int(s)
    finally:
        sys.set_int_max_str_digits(limit)


def obj(v):
    """Typed JSON value -> Python object (see the test's PyVal)."""
    t = v['t']
    if t == 'int':
        return int(v['v'])
    if t == 'float':
        return f_of(v['v'])
    if t == 'str':
        return v['v']
    if t == 'bool':
        return v['v']
    if t == 'none':
        return None
    if t == 'tuple':
        return tuple(obj(x) for x in v['v'])
    if t == 'list':
        return [obj(x) for x in v['v']]
    if t == 'dict':
        return {k: obj(x) for k, x in v['v']}
    raise ValueError(t)


def main():
    with open(sys.argv[1], encoding='utf-8') as fh:
        c = json.load(fh)
    out = {'version': '%d.%d.%d' % sys.version_info[:3], 'unidata': unicodedata.unidata_version}
    out['floatRepr'] = [repr(f_of(h)) for h in c['floatRepr']]
    out['formatFloat'] = [attempt(lambda: format(f_of(h), s)) for h, s in c['formatFloat']]
    out['formatInt'] = [attempt(lambda: format(int(v), s)) for v, s in c['formatInt']]
    out['formatStr'] = [attempt(lambda: format(v, s)) for v, s in c['formatStr']]
    out['percent'] = [attempt(lambda: f % obj(a)) for f, a in c['percent']]
    out['strRepr'] = [[repr(s), ascii(s)] for s in c['strRepr']]
    out['printable'] = [[cp, chr(cp).isprintable(), unicodedata.category(chr(cp))] for cp in c['printable']]
    out['bytesRepr'] = [repr(bytes.fromhex(h)) for h in c['bytesRepr']]
    out['parseInt'] = [attempt(lambda: hex(int(s, b))) for s, b in c['parseInt']]
    out['parseFloat'] = [attempt(lambda: h_of(float(s))) for s in c['parseFloat']]
    out['intToString'] = [
        [attempt(lambda: str(big(v))), hex(big(v)), oct(big(v)), bin(big(v))] for v in c['intToString']
    ]
    out['roundFloat'] = [attempt(lambda: h_of(round(f_of(h), n))) for h, n in c['roundFloat']]
    out['roundFloatToInt'] = [attempt(lambda: str(round(f_of(h)))) for h in c['roundFloatToInt']]
    out['roundInt'] = [str(round(int(v), n)) for v, n in c['roundInt']]
    out['floatDivmod'] = [
        [attempt(lambda: [h_of(r) for r in divmod(f_of(a), f_of(b))]),
         attempt(lambda: h_of(f_of(a) // f_of(b))),
         attempt(lambda: h_of(f_of(a) % f_of(b)))]
        for a, b in c['floatDivmod']
    ]
    out['intDivmod'] = [
        [attempt(lambda: [str(r) for r in divmod(int(a), int(b))]),
         attempt(lambda: str(int(a) // int(b))),
         attempt(lambda: str(int(a) % int(b)))]
        for a, b in c['intDivmod']
    ]
    json.dump(out, sys.stdout)


main()
