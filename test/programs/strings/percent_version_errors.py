# %-format: 3.8/3.9 turn an int too big for a C long under %c, and a failed int conversion under %d, into their TypeErrors.
for fmt, v in [("%c", 10**20), ("%c", -10**20), ("%c", 2**63 - 1), ("%c", 0x110000), ("%c", -1), ("%d", 1 + 2j), ("%i", 1j), ("%x", 1j), ("%d", "s"), ("%c", 65)]:
    try:
        r = fmt % v
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(fmt, repr(v), repr(r))
