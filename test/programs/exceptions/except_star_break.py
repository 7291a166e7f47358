# break, continue and return cannot leave an except* clause (Python/compile.c): a SyntaxError
# on 3.11+, and except* itself is invalid syntax before 3.11.
for item in ["a", "b"]:
    try:
        print(item)
    except* ValueError:
        for other in range(2):
            break
        break
