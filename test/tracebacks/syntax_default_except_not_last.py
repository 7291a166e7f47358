# A bare except before another handler: 3.8-3.9 blame the last statement compiled, 3.10+ the handler.
try:
    if x:
        y = 1
except ValueError:
    pass
except:
    pass
except TypeError:
    pass
