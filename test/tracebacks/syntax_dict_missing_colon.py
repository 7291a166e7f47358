# A dict display item without ':' (3.10+ say a ':' is expected after the key).
config = {'a': 1, 'b'}
