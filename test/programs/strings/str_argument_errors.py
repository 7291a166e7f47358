# The TypeErrors of str methods called with too few, too many or keyword arguments: the
# messages differ by version (3.8 names the method alone, 3.13 uses Argument Clinic).
tests = [
    lambda: 'a'.join(), lambda: 'a'.join(1, 2), lambda: 'a'.zfill(), lambda: 'a'.upper(1), lambda: 'a'.lower(1, 2),
    lambda: 'a'.translate(), lambda: 'a'.partition(), lambda: 'a'.rpartition(1, 2),
    lambda: 'a'.find(), lambda: 'a'.find('a', 1, 2, 3), lambda: 'a'.rfind(), lambda: 'a'.index('a', 1, 2, 3), lambda: 'a'.rindex(),
    lambda: 'a'.count(), lambda: 'a'.count('a', 1, 2, 3),
    lambda: 'a'.startswith(), lambda: 'a'.startswith('a', 1, 2, 3), lambda: 'a'.endswith(), lambda: 'a'.endswith('a', 1, 2, 3),
    lambda: 'a'.replace('a'), lambda: 'a'.replace('a', 'b', 1, 2), lambda: 'a'.replace(),
    lambda: 'a'.strip(1, 2), lambda: 'a'.rstrip('a', 'b'),
    lambda: 'a'.center(), lambda: 'a'.ljust(1, ' ', 2),
    lambda: str.maketrans(), lambda: str.maketrans(1, 2, 3, 4),
    lambda: 'a'.upper(x=1), lambda: 'a'.find('a', x=1), lambda: 'a'.join(x=1),
    lambda: 'a'.count('a', x=1), lambda: 'a'.startswith('a', x=1), lambda: 'a'.rindex('a', x=1),
    lambda: 'a'.replace('a', 'b', x=1), lambda: 'a'.replace(old='a', new='b'), lambda: 'a'.strip(x=1), lambda: 'a'.zfill(x=1),
]
for i, f in enumerate(tests):
    try:
        f()
        print(i, 'no error')
    except TypeError as e:
        print(i, e)
import sys
if sys.version_info >= (3, 13):
    print('aaa'.replace('a', 'b', count=2))
