# await in a list comprehension outside an async function: 3.8-3.9 at line 0.
values = [await x for x in range(3)]
