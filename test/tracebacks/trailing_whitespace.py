# The source line keeps its trailing whitespace up to 3.12 (and the carets count it); 3.13 strips it.
def f():
    return 1 / 0    # comment  
d = {}   
f()  
