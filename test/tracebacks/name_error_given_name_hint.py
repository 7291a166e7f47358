# From 3.10 a NameError given name= offers a close builtin name (offer_suggestions_for_name_error).
import sys
if sys.version_info >= (3, 10):
    raise NameError("x", name="lenn")
raise NameError("x")
