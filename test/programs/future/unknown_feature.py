# An unknown future feature is a SyntaxError (Python/future.c future_check_features).
from __future__ import annotations, generators, braces_of_steel
print("never")
