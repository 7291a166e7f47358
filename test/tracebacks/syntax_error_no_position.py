# An IndentationError with no offset and no text: only the File line, then the message.
raise IndentationError('expected an indented block', ('f.py', 3, None, None))
