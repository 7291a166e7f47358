# A naked exception re-raised from except* leaves as ExceptionGroup('', (e,)) without a traceback of its own.
try:
    raise ValueError(1)
except* ValueError:
    raise
