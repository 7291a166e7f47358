import gc; print(*gc.get_count())
# The collector's counts at a script's first line: the oracle's start-up (its sitecustomize,
# -X tracemalloc) leaves other counts than a plain one (test/util/tracemalloc-oracle.ts).
