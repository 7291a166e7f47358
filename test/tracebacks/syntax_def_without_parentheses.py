# 3.11+ expect '(' after the function's name; 3.10 says invalid syntax.
def area:
    return 1
