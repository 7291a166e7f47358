# Run-length encoding and decoding, plus a simple dictionary (LZW-style) compressor.
def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def unrle(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

def lzw(text):
    table = {chr(i): i for i in range(256)}
    w = ""
    codes = []
    for c in text:
        wc = w + c
        if wc in table:
            w = wc
        else:
            codes.append(table[w])
            table[wc] = len(table)
            w = c
    if w:
        codes.append(table[w])
    return codes

for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle(s)
    print(repr(s), enc, unrle(enc) == s)
codes = lzw("TOBEORNOTTOBEORTOBEORNOT")
print(codes, len(codes))
