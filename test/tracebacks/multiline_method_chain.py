# A method chain over several lines fails at a link: the traceback shows the line of that
# method's name, with the caret from the name to the call's end (3.11+).
words = ("alpha beta"
         .upper()
         .split())
counts = (words
          .count("ALPHA"))
result = (", "
          .join(words)
          .center(30)
          .removeprefix_typo("x"))
