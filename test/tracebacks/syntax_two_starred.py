# Two starred targets: 3.8 says "two", 3.9+ "multiple".
first, *middle, *rest = [1, 2, 3]
