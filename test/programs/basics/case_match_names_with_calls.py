# `case` and `match` as names in statements with empty brackets: no case clause, no
# match statement (test_multiprocessing's `case = unittest.TestCase()`).
case = dict()
match = list()
case.update(k=[])
match.append(case)
case = tuple(), [], {}
print(case, match)
match = case[0]
print(match, type(case).__name__)
