# A parenthesized tuple annotated: reported with its parentheses.
(a, b): int = 1, 2
