# A tab-indented line: 3.13 prints it with its tab, and the caret line keeps the tab.
if True:
	x = [1, 2 3]
