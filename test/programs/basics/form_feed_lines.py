# Form feeds (^L) on lines between sections, as older modules have them, are whitespace.
x = 1
# section

    
def f():
    return 2

print(f())
