# Library checkouts with due dates as day numbers, fines, holds and custom exceptions.
class LibraryError(Exception):
    """Base class for library problems."""


class NotAvailable(LibraryError):
    def __init__(self, title, holder, due):
        super().__init__(f"{title!r} is out with {holder} until day {due}")
        self.title = title


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.holder = None
        self.due = None
        self.holds = []

    @property
    def available(self):
        return self.holder is None

    def __repr__(self):
        state = "in" if self.available else f"out:{self.holder}"
        return f"<{self.title} [{state}]>"


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25
    LIMIT = 2

    def __init__(self, books):
        self.books = {b.isbn: b for b in books}
        self.loans = {}
        self.fines = {}

    def checkout(self, member, isbn, today):
        book = self.books[isbn]
        if not book.available:
            if member not in book.holds:
                book.holds.append(member)
            raise NotAvailable(book.title, book.holder, book.due)
        if book.holds and book.holds[0] != member:
            raise LibraryError(f"{book.title!r} is held for {book.holds[0]}")
        if len(self.loans.get(member, ())) >= self.LIMIT:
            raise LimitReached(f"{member} already has {self.LIMIT} books")
        if book.holds:
            book.holds.pop(0)
        book.holder, book.due = member, today + self.LOAN_DAYS
        self.loans.setdefault(member, set()).add(isbn)
        return book.due

    def checkin(self, isbn, today):
        book = self.books[isbn]
        late = max(0, today - book.due)
        if late:
            self.fines[book.holder] = self.fines.get(book.holder, 0) + late * self.FINE_PER_DAY
        self.loans[book.holder].discard(isbn)
        book.holder = book.due = None
        return late


lib = Library([
    Book("111", "Dune", "Herbert"),
    Book("222", "Emma", "Austen"),
    Book("333", "Ulysses", "Joyce"),
    Book("444", "Beloved", "Morrison"),
])
events = [
    ("out", "ann", "111", 1), ("out", "bob", "111", 2), ("out", "ann", "222", 3),
    ("out", "ann", "333", 4), ("in", None, "111", 20), ("out", "cat", "111", 21),
    ("out", "bob", "111", 21), ("in", None, "222", 10), ("out", "ann", "999", 22),
]
for kind, member, isbn, day in events:
    try:
        if kind == "out":
            due = lib.checkout(member, isbn, day)
            print(f"day {day:2}: {member} took {lib.books[isbn].title}, due {due}")
        else:
            late = lib.checkin(isbn, day)
            print(f"day {day:2}: returned {lib.books[isbn].title}" + (f", {late} days late" if late else ""))
    except NotAvailable as e:
        print(f"day {day:2}: {member}: {e} (hold placed on {e.title})")
    except LimitReached as e:
        print(f"day {day:2}: limit: {e}")
    except LibraryError as e:
        print(f"day {day:2}: refused: {e}")
    except KeyError as e:
        print(f"day {day:2}: unknown isbn {e.args[0]}")
print(sorted(lib.books.values(), key=lambda b: b.author))
print({m: sorted(s) for m, s in lib.loans.items()}, lib.fines)
print(NotAvailable.__mro__[1].__name__, LibraryError.__doc__, issubclass(LimitReached, Exception))
