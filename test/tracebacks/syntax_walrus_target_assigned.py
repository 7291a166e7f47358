# A parenthesized walrus as an assignment target: 3.10+ add the == hint, 3.8 points at the parenthesis.
value = 0
(a := 1) = 2
