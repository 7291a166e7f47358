try:
    {}['x']
except KeyError:
    raise RuntimeError('wrapped')
