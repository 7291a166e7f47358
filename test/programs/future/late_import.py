# A future statement after other code is a SyntaxError at its line (Python/compile.c).
"""Module docstring."""
from __future__ import annotations
import sys
from __future__ import division
print(sys.version_info >= (3, 0))
