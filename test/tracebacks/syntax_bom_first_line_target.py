a + b = 1  # A UTF-8 BOM: CPython reads the line back from the file, BOM and all, and 3.9+ count the offsets in it.
