# Match subjects beyond a plain expression (Grammar/python.gram subject_expr, 3.10+): an
# unparenthesized tuple with starred items and trailing commas, walrus, conditional, not,
# lambda, comparisons. Before 3.10 `match` is a name and the line invalid syntax.
def show(x, y, a=(1, 2)):
    match x, y:
        case 1, 2:
            print('pair 1, 2')
        case _:
            print('pair', x, y)
    match *a, y:
        case [p, q, r]:
            print('star first', p, q, r)
    match x, *a,:
        case (p, *rest):
            print('star last', p, rest)
    match w := x,:
        case (v,) if v == w:
            print('walrus tuple', w)
    match w := y:
        case int():
            print('walrus', w)
    match (w := x + y):
        case 3:
            print('parenthesized walrus', w)
        case _:
            print('parenthesized walrus other', w)
    match x if x > 1 else y:
        case 2:
            print('conditional 2')
        case z:
            print('conditional', z)
    match not x:
        case True:
            print('not x is True')
        case False:
            print('not x is False')
    match x < y, x == y:
        case (True, False):
            print('less')
        case c:
            print('compare', c)
    match x, (y,
              a):  # a subject over two lines
        case (_, (_, (s, t))):
            print('two lines', s, t)
    match lambda: x:
        case f:
            print('lambda', f())
    match x and y or a:
        case (1, 2):
            print('boolean tuple')
        case v:
            print('boolean', v)


show(1, 2)
show(3, 0)
show(0, 5, (7, 8))


def glued(v):
    # The keywords written against the brackets (test_patma's `match():` and `case():`).
    match(v):
        case():
            return 'empty tuple'
        case[]|{}:
            return 'empty list or dict'
        case(1, *_):
            return 'starts with 1'
        case[x]:
            return f'one {x}'
    match():
        case():
            return 'subject ()'


print(glued(()), glued([]), glued({}), glued((1, 2)), glued([5]), glued(7))
