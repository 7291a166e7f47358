# The free lists after a builtin module's first import (importlib's argument tuples, kwargs
# dicts, module lock and bound methods) and after imports of modules already loaded
# (import_ensure_initialized's AttributeError on 3.10 and 3.11).
import sys
import gc
sys._debugmallocstats()
import builtins
import sys as s2
from gc import collect
sys._debugmallocstats()
