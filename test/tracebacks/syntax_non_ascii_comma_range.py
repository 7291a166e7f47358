# The missing comma's range after an emoji: 3.10-3.12 underline it by UTF-8 bytes, 3.13 by characters.
print("😀 café" total)
