# The print statement with two expressions side by side: 3.10+ name it and underline what
# star_expressions reads after `print` (3.9 quotes the rest of the line).
total = 3
print total "items"
