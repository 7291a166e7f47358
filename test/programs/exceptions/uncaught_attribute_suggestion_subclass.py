# 3.10-3.12 suggest names only for an exact AttributeError (_Py_Offer_Suggestions); 3.13's
# traceback.py also for a subclass.
class MyErr(AttributeError):
    pass
class O:
    spam = 1
raise MyErr('no', name='spa', obj=O())
