# An exception bound by `except ... as e` is released at the end of the handler.
import sys
payload = object()
try:
    raise ValueError(payload)
except ValueError as e:
    print(sys.getrefcount(payload))
print(sys.getrefcount(payload))
err = ValueError(payload, payload)
print(sys.getrefcount(payload))
