result = [int(s) for s in ['1', 'x']]
