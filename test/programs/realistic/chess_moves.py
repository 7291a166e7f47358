# Validate chess moves on a small board model (no check detection).
FILES = "abcdefgh"


def square(name):
    if len(name) != 2 or name[0] not in FILES or name[1] not in "12345678":
        raise ValueError(f"bad square {name!r}")
    return FILES.index(name[0]), int(name[1]) - 1


def name_of(pos):
    return f"{FILES[pos[0]]}{pos[1] + 1}"


class Piece:
    symbol = "?"
    sliding = False
    steps = ()

    def __init__(self, white):
        self.white = white

    def __str__(self):
        return self.symbol.upper() if self.white else self.symbol

    def targets(self, board, pos):
        x, y = pos
        for dx, dy in self.steps:
            nx, ny = x + dx, y + dy
            while 0 <= nx < 8 and 0 <= ny < 8:
                other = board.get((nx, ny))
                if other is None or other.white != self.white:
                    yield nx, ny
                if other is not None or not self.sliding:
                    break
                nx, ny = nx + dx, ny + dy


class Rook(Piece):
    symbol, sliding, steps = "r", True, ((1, 0), (-1, 0), (0, 1), (0, -1))


class Bishop(Piece):
    symbol, sliding, steps = "b", True, ((1, 1), (1, -1), (-1, 1), (-1, -1))


class Queen(Piece):
    symbol, sliding, steps = "q", True, Rook.steps + Bishop.steps


class King(Piece):
    symbol, steps = "k", Queen.steps


class Knight(Piece):
    symbol = "n"
    steps = tuple((a, b) for a in (-2, -1, 1, 2) for b in (-2, -1, 1, 2) if abs(a) != abs(b))


class Pawn(Piece):
    symbol = "p"

    def targets(self, board, pos):
        x, y = pos
        d = 1 if self.white else -1
        if (x, y + d) not in board:
            yield x, y + d
            start = 1 if self.white else 6
            if y == start and (x, y + 2 * d) not in board:
                yield x, y + 2 * d
        for dx in (-1, 1):
            victim = board.get((x + dx, y + d))
            if victim is not None and victim.white != self.white:
                yield x + dx, y + d


board = {}
layout = {"e1": King(True), "d1": Queen(True), "a1": Rook(True), "c4": Bishop(True), "g1": Knight(True),
          "e2": Pawn(True), "d5": Pawn(False), "e8": King(False), "f7": Pawn(False), "b4": Knight(False)}
for sq, piece in layout.items():
    board[square(sq)] = piece


def show(board):
    for y in range(7, -1, -1):
        print(y + 1, " ".join(str(board.get((x, y), ".")) for x in range(8)))
    print("  " + " ".join(FILES))


def validate(move):
    try:
        src, dst = (square(part) for part in move.split("-"))
    except ValueError as e:
        return f"{move}: {e}"
    piece = board.get(src)
    if piece is None:
        return f"{move}: no piece on {name_of(src)}"
    legal = sorted(piece.targets(board, src))
    verdict = "legal" if dst in legal else "illegal"
    return f"{move}: {type(piece).__name__} {verdict}; options {' '.join(map(name_of, legal))}"


show(board)
for mv in ["e2-e4", "e2-e5", "c4-f7", "c4-g8", "g1-f3", "a1-a8", "d1-h5", "b4-d3", "e1-f2", "h3-h4", "z9-a1", "e8-e7"]:
    print(validate(mv))
counts = {}
for pos, piece in board.items():
    side = "white" if piece.white else "black"
    counts[side] = counts.get(side, 0) + sum(1 for _ in piece.targets(board, pos))
print("mobility:", counts)
