# Dataclass-like records written by hand: __eq__, __hash__, ordering, __repr__, class-level counters, validation.
class Book:
    _next_id = 1
    __slots__ = ("id", "title", "author", "year", "copies")

    def __init__(self, title, author, year, copies=1):
        if copies < 0:
            raise ValueError(f"copies must be >= 0, got {copies}")
        self.id = Book._next_id
        Book._next_id += 1
        self.title, self.author, self.year, self.copies = title, author, year, copies

    def _key(self):
        return (self.author.split()[-1], self.year, self.title)

    def __eq__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Book(#{self.id}, {self.title!r}, {self.author!r}, {self.year}, copies={self.copies})"

class LoanError(Exception):
    pass

class Library:
    def __init__(self):
        self.books = {}
        self.loans = {}

    def add(self, book):
        existing = self.books.get(book)
        if existing is not None:
            existing.copies += book.copies
            return existing
        self.books[book] = book
        return book

    def lend(self, book, member):
        stored = self.books.get(book)
        if stored is None:
            raise LoanError(f"not in catalogue: {book.title}")
        if stored.copies == 0:
            raise LoanError(f"no copies left of {stored.title!r}")
        stored.copies -= 1
        self.loans.setdefault(member, []).append(stored)

    def give_back(self, member):
        returned = self.loans.pop(member, [])
        for b in returned:
            b.copies += 1
        return len(returned)

lib = Library()
catalogue = [
    Book("Dune", "Frank Herbert", 1965, 2),
    Book("Emma", "Jane Austen", 1815),
    Book("Persuasion", "Jane Austen", 1817, 3),
    Book("Dune", "Frank Herbert", 1965),
    Book("Neuromancer", "William Gibson", 1984),
]
for b in catalogue:
    lib.add(b)
for b in sorted(lib.books):
    print(b)
print(catalogue[0] == catalogue[3], catalogue[0] is catalogue[3], len(lib.books))
print(catalogue[1] < catalogue[2], catalogue[2] > catalogue[0], catalogue[0] == "Dune")
try:
    catalogue[0] < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Book("Bad", "A B", 2000, -1)
except ValueError as e:
    print("ValueError:", e)
for member, book in [("ann", catalogue[1]), ("bob", catalogue[1]), ("ann", catalogue[0]), ("cy", Book("Ulysses", "James Joyce", 1922))]:
    try:
        lib.lend(book, member)
        print(f"{member} borrowed {book.title}")
    except LoanError as e:
        print(f"{member}: {e}")
print({m: [b.title for b in bs] for m, bs in sorted(lib.loans.items())})
print("returned", lib.give_back("ann"), lib.give_back("zed"))
print(sorted((b.title, b.copies) for b in lib.books))
try:
    catalogue[0].isbn = "123"
except AttributeError as e:
    print("AttributeError:", e)
print(Book._next_id, hasattr(catalogue[0], "__dict__"), Book.__slots__)
by_author = {}
for b in lib.books:
    by_author.setdefault(b.author, set()).add(b.year)
print(sorted((a, sorted(ys)) for a, ys in by_author.items()))
