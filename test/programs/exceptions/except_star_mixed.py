# One try statement cannot have both except and except* clauses (3.11+).
try:
    print("body")
except* ValueError:
    pass
except KeyError:
    pass
