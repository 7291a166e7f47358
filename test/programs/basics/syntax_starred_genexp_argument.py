# A starred argument as a call's only generator element: 3.9+ name the comprehension (3.8: invalid syntax).
f(*a for a in x)
