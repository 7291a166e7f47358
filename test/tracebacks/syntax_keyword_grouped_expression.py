# A parenthesized name as a keyword: 3.9+ point inside the parentheses, 3.10+ underline through the =.
print((sep)="-")
