# A block opener with no indented body: 3.13 underline the first token of the line after it.
for item in [1, 2]:
print(item)
