# A \N{ with no closing brace.
s = "ab\N{BULLET"
