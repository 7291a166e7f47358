# Caesar and Vigenere ciphers with round trips, and a frequency-based Caesar cracker.
def shift_char(ch, k):
    if ch.isupper():
        return chr((ord(ch) - 65 + k) % 26 + 65)
    if ch.islower():
        return chr((ord(ch) - 97 + k) % 26 + 97)
    return ch

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

def vigenere(text, key, sign=1):
    out = []
    i = 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(c)
    return "".join(out)

def crack(cipher):
    best = None
    for k in range(26):
        plain = caesar(cipher, -k)
        score = sum(plain.lower().count(ch) for ch in "etaoin ")
        if best is None or score > best[0]:
            best = (score, k, plain)
    return best[1], best[2]

msg = "Attack at dawn, then retreat to the eastern hills!"
c = caesar(msg, 7)
print(c)
print(caesar(c, -7) == msg)
v = vigenere(msg, "LEMON")
print(v)
print(vigenere(v, "LEMON", -1))
print(crack(c))
