# A starred generator element after other positional arguments: 3.9+ want the generator parenthesized.
print(1, *a for a in range(3))
