# From 3.11 print's Argument Clinic wrapper gathers the positional arguments into a tuple and
# releases it once builtin_print_impl returns, after file.flush(): a tuple made inside flush
# cannot take that one's block from the free list.
import sys
d1 = [(i,) for i in range(2100)]


class F:
    seen = None

    def write(self, s):
        pass

    def flush(self):
        before = sys.getallocatedblocks()
        t = (len(d1),)
        self.seen = sys.getallocatedblocks() - before


f = F()
f.flush()
print("x", file=f, flush=True)
print("one tuple made in flush:", f.seen)
