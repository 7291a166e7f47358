# An unterminated triple-quoted string: 3.8/3.9 number the error two lines past the last
# newline and print the last line, 3.10+ point at where the string starts.
note = """started
never ended
