# A starred generator element after **kwargs: 3.9+ say iterable unpacking follows keyword unpacking.
f(**k, *a for a in x)
