# 3.8 reads the whole would-be identifier around a character no identifier may hold and points at its end.
total = a€b + 1
