# An invalid target in a bare tuple: 3.10+ read its last element as a named expression and add the == hint.
point, f() = 1, 2
