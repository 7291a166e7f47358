# A bytes literal holding non-ASCII: checked before its escapes; 3.8/3.9 end the message with a dot, 3.9/3.10 point at its end.
data = "é"; raw = b"\xé"
