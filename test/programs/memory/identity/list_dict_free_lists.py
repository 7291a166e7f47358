# List and dict objects are kept on free lists (80 each); their storage is freed.
import sys
ls = [[i] for i in range(10)]
lids = [id(l) for l in ls]
del ls
new = [[] for _ in range(10)]
print(sorted(id(l) for l in new) == sorted(lids))
ds = [{"k": i} for i in range(5)]
dids = {id(d) for d in ds}
del ds
nd = [dict() for _ in range(5)]
print({id(d) for d in nd} == dids)
