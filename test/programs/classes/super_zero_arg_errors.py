# A zero-argument super() that cannot work: the messages and the line; on 3.12+ a method's
# deleted first argument fails at its load before LOAD_SUPER_ATTR (UnboundLocalError).
import gc, sys
gc.disable()

class A:
    def f(self):
        return 'A.f'
    x = 'A.x'

def no_args():
    return super().x

def no_cell(self):
    return super().x

class C(A):
    def deleted(self):
        del self
        return super().x

    def deleted_call(self):
        del self
        s = super()
        return s

    def cell_arg(self):
        def g():
            return self
        del self
        return super().f()

    @staticmethod
    def static():
        return super().x

    def star(*args):
        return super().x

    def kwonly(*, a):
        return super().x

    def posonly(a, /):
        return super().x

    def comp(self):
        return [super().f() for _ in range(1)]

    def gen(self):
        return list(super().f() for _ in range(1))

    def lam(self):
        return (lambda: super().x)()

    def lam_arg(self):
        return (lambda s: super().x)(self)

    def shadow(self):
        __class__ = 5
        return super().x

cases = [no_args, lambda: no_cell(1), lambda: C().deleted(), lambda: C().deleted_call(),
         lambda: C().cell_arg(), C.static, lambda: C().star(), lambda: C.kwonly(a=1),
         lambda: C().posonly(), lambda: C().comp(), lambda: C().gen(), lambda: C().lam(),
         lambda: C().lam_arg(), lambda: C().shadow()]
for f in cases:
    for i in range(3):
        b0 = sys.getallocatedblocks()
        try:
            print('ok', f())
        except Exception as e:
            tb = e.__traceback__
            while tb.tb_next is not None:
                tb = tb.tb_next
            # The first pass warms things up (free lists, caches): its figure depends on what ran before.
            print(type(e).__name__, e, tb.tb_lineno, tb.tb_frame.f_code.co_name, i and sys.getallocatedblocks() - b0)
            del tb
            del e
class D(A):
    def f(self):
        return super().f()
    try:
        f(1)
    except (RuntimeError, NameError) as e:
        print(type(e).__name__, e)
    g = f


C().deleted()
