"""A module docstring is the module's __doc__."""
# __builtins__ in the main module is the builtins module; import builtins gives the same.
import builtins
print(__doc__)
print(__builtins__, builtins is __builtins__, builtins.__name__, type(builtins).__name__)
print(builtins.len('abc'), builtins.max(3, 9), getattr(builtins, 'vars') is vars)
print(sorted(n for n in dir(builtins) if n in ('abs', 'print', 'locals', 'vars', '__name__')))
