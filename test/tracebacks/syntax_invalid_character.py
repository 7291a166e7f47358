# A character no identifier may hold: 3.9+ name it and its code point, 3.8 does not.
price = 5 €
