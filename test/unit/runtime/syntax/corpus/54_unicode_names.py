café = "crème brûlée"
größe = len(café)
def naïve(π=3.14159):
    return π * 2
data = {"ключ": "значение", "键": "值"}
print(café, größe, naïve(), data, "émoji: 😀", f"{café!r} {größe}")
