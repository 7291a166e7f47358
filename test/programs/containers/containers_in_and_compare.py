# membership and comparisons across containers: in for list/tuple/str/dict/set/range, nested equality, mixed-type errors
data = [1, [2, 3], (4, 5), {"k": 6}, {7}]
print([2, 3] in data, (4, 5) in data, [4, 5] in data, {"k": 6} in data, {7} in data, 6 in data)
print("k" in data[3], 6 in data[3].values(), 7 in data[4], 1.0 in data, True in data)
print((1, 2) < (1, 2, 3), (1, [2]) == (1, [2]), [(1, 2)] < [(1, 3)], ["a", "b"] > ["a"], [[1, 2]] < [[1, 3]])
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] is [1, 2, 3], (1,) == (1.0,), {1: (2,)} == {1: (2.0,)})
print(sorted([[3, 1], [1, 2], [1]]), sorted([(2, "b"), (1, "z"), (2, "a")]), max([[1, 9], [2]]))
for a, b in (([1], (1,)), ((1,), [1]), ({1}, [1]), ({}, {})):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan), lst.index(nan))
class Eq:
    def __init__(self):
        self.calls = 0
    def __eq__(self, other):
        self.calls += 1
        return False
e = Eq()
print(e in [1, 2, 3], e.calls, [e] == [e], e.calls, [1, e] == [1], e.calls)
