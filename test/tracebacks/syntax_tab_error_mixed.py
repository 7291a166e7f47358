# Tabs after spaces in one block: 3.8 puts the caret under the line's last character,
# 3.9-3.12 draw none, 3.13 at its start.
def outer():
    for i in range(3):
        print(i)
	print("tab")
