# Morse code translator: encode, decode with error recovery, timing units and a signal stats table.
CODE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
REVERSE = {v: k for k, v in CODE.items()}


class MorseError(ValueError):
    def __init__(self, symbol, position):
        super().__init__(f"unknown symbol {symbol!r} at {position}")
        self.symbol = symbol
        self.position = position


def encode(text):
    words = []
    for word in text.upper().split():
        letters = [CODE[ch] for ch in word if ch in CODE]
        if letters:
            words.append(" ".join(letters))
    return " / ".join(words)


def decode(signal, strict=True):
    out = []
    for wi, word in enumerate(signal.split(" / ")):
        letters = []
        for li, symbol in enumerate(word.split()):
            if symbol in REVERSE:
                letters.append(REVERSE[symbol])
            elif strict:
                raise MorseError(symbol, (wi, li))
            else:
                letters.append("?")
        out.append("".join(letters))
    return " ".join(out)


def duration(signal):
    units = 0
    for ch in signal:
        units += {".": 2, "-": 4, " ": 2, "/": 3}.get(ch, 0)
    return units


messages = ["SOS", "Hello World", "Python 3 rocks", "e.e. cummings"]
for msg in messages:
    sig = encode(msg)
    back = decode(sig)
    print(f"{msg!r:<18} {duration(sig):>4}u {back == msg.upper().replace('.', '')!s:<5} {sig[:30]}")

broken = "... --- ...... / .-.. --- .-.-.-"
try:
    decode(broken)
except MorseError as e:
    print("strict:", e, "| symbol", e.symbol, "at", e.position, "| isinstance ValueError:", isinstance(e, ValueError))
print("lenient:", decode(broken, strict=False))

lengths = {}
for letter, code in CODE.items():
    lengths.setdefault(len(code), []).append(letter)
for n in sorted(lengths):
    group = lengths[n]
    print(f"{n} symbols: {len(group):2} {''.join(sorted(group))}")
dots = sum(code.count(".") for code in CODE.values())
dashes = sum(code.count("-") for code in CODE.values())
print(f"dots {dots}, dashes {dashes}, ratio {dots / dashes:.3f}")
palindromes = sorted(k for k, v in CODE.items() if v == v[::-1] and len(v) > 1)
print("palindromic codes:", palindromes)
