import sys

def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: prog NAME...", file=sys.stderr)
        return 2
    for i, name in enumerate(argv, start=1):
        print(f"{i:>3}. {name}")
    return 0

if __name__ == "__main__":
    raise SystemExit(main(["a", "b"]))
