# Caesar and Vigenere ciphers over ASCII letters with ord/chr, join and str.isalpha.
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, sign=1):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = ord(key[i % len(key)].lower()) - 97
            out.append(chr((ord(ch) - base + sign * k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn, Zebra!"
c = caesar(msg, 3)
print(c, "|", caesar(c, -3))
v = vigenere(msg, "Lemon")
print(v, "|", vigenere(v, "Lemon", -1))
print(f"{'plain':<8}{'cipher':>24}")
for k in (1, 13, 25):
    print(f"{k:<8d}{caesar(msg, k)!r:>24}")
