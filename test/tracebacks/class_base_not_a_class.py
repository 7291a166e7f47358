# A base that is not a class: its type is called as the metaclass, after the body has run,
# and the error is that type's argument check (bool's here).
class Flags(False):
    enabled = True
