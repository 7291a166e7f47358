# sys.exit(n) ends the run with status n; finally blocks still run; SystemExit can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no code", e.code)
def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("finally before exit")
main()
print("not printed")
