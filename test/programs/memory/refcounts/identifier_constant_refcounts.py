# An identifier-like str constant is interned when its code is made. When nothing interned
# its text before, the parser's own object becomes the interned str, so the main script's
# parser arena holds one more reference; 3.12 makes every interned str immortal.
import sys

greeting = 'hello'
print(sys.getrefcount(greeting))
alias = greeting
print(sys.getrefcount(greeting))


def spelled_twice():
    return 'hello'


print(sys.getrefcount(spelled_twice()))
print(sys.getrefcount('only_an_argument'))
pair = ('tuple_item', 'tuple_item')
print(sys.getrefcount(pair[0]))
print(sys.getrefcount('with space'))
table = {'key_one': 1, 'key_two': 2}
for k in table:
    print(k, sys.getrefcount(k))
