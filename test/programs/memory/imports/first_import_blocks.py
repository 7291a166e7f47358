# Blocks left by the first import of a builtin module (gc): importlib's ModuleSpec and its
# values, the module, its dict and 17 or 18 builtin functions with their interned names,
# the DEBUG_* names, and what the import machinery's Python code leaves on the free lists.
import sys
b = sys.getallocatedblocks()
import gc
a = sys.getallocatedblocks()
print('import gc', a - b - 1)
print(type(gc.__spec__).__name__, gc.__spec__.name, gc.__spec__.origin, gc.__package__ == '', gc.__loader__.__name__)
print(sorted(vars(gc.__spec__)))
print(len(gc.__doc__), gc.DEBUG_LEAK, gc.garbage, gc.callbacks)
