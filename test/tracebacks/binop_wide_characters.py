# Carets under a line with East Asian wide characters and an emoji: 3.11+ count display columns (two for each wide one), from code-point offsets.
def total(prices):
    return prices["日本"] + prices["😀"] * 2


total({"日本": 1, "😀": "x"})
