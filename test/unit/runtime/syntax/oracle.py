# The python3 oracle for the front-end tests: reads a JSON list of sources on stdin and
# prints, for each, CPython's AST (in the shape the tests compare), its compile error,
# its symtable scopes and its code objects' co_varnames/co_cellvars/co_freevars.
import ast
import json
import re
import sys
import symtable

SCOPES = {1: 'local', 2: 'global-explicit', 3: 'global-implicit', 4: 'free', 5: 'cell'}
DROP = {'type_ignores', 'type_comment', 'kind'}


def camel(name):
    return re.sub(r'_([a-z])', lambda m: m.group(1).upper(), name)


def convert(node, lines, in_fstring=False):
    if isinstance(node, list):
        return [convert(x, lines, in_fstring) for x in node]
    if isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        return node
    out = {'_': type(node).__name__}
    for field in node._fields:
        if field in DROP:
            continue
        value = getattr(node, field)
        if isinstance(node, ast.Constant) and field == 'value':
            out['value'] = constant(value)
        elif isinstance(node, ast.JoinedStr):
            out[camel(field)] = convert(value, lines, True)
        elif isinstance(node, ast.FormattedValue) and field == 'format_spec':
            out['formatSpec'] = convert(value, lines, True)
        else:
            out[camel(field)] = convert(value, lines)
    # 3.11 gives the parts of an f-string the whole string's location; not compared.
    if hasattr(node, 'lineno') and not in_fstring:
        out['loc'] = [node.lineno, chars(lines, node.lineno, node.col_offset),
                      node.end_lineno, chars(lines, node.end_lineno, node.end_col_offset)]
    return out


def chars(lines, line, col):
    return len(lines[line - 1][:col].decode('utf-8', errors='replace'))


def constant(v):
    if v is None:
        return None
    if v is Ellipsis:
        return {'ellipsis': True}
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        return {'int': str(v)}
    if isinstance(v, float):
        return {'float': repr(v)}
    if isinstance(v, complex):
        return {'complex': repr(v.imag)}
    if isinstance(v, str):
        return {'str': v}
    if isinstance(v, bytes):
        return {'bytes': list(v)}
    raise TypeError(type(v))


def table(t):
    syms = {}
    for s in t.get_symbols():
        syms[s.get_name()] = SCOPES[s._Symbol__scope]
    return {'type': t.get_type(), 'name': t.get_name(), 'line': t.get_lineno(), 'symbols': syms,
            'children': [table(c) for c in t.get_children()]}


def codes(co, out):
    out.append({'name': co.co_name, 'line': co.co_firstlineno, 'varnames': list(co.co_varnames),
                'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars)})
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            codes(c, out)
    return out


def one(src):
    src = src.replace('\r\n', '\n').replace('\r', '\n')
    try:
        co = compile(src, 'f', 'exec')
    except SyntaxError as e:
        return {'error': {'type': type(e).__name__, 'message': e.msg, 'line': e.lineno, 'offset': e.offset}}
    except ValueError as e:
        return {'error': {'type': 'ValueError', 'message': str(e), 'line': None, 'offset': None}}
    lines = src.encode('utf-8').split(b'\n')
    return {'ast': convert(ast.parse(src), lines), 'symtable': table(symtable.symtable(src, 'f', 'exec')),
            'codes': codes(co, [])}


print(json.dumps([one(s) for s in json.load(sys.stdin)]))
