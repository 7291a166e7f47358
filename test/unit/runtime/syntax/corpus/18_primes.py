def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

def primes_gen():
    found = []
    n = 2
    while True:
        if all(n % q for q in found if q * q <= n):
            found.append(n)
            yield n
        n += 1

import itertools
print(sieve(50), list(itertools.islice(primes_gen(), 10)))
