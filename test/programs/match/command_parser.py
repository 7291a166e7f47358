# A text-adventure command parser: sequence patterns over str.split(), literals, or-patterns
# inside sequences, star captures and a guard; before 3.10 the file is a SyntaxError.
inventory = ["lamp"]
room = {"north": "hall", "south": "cellar"}
position = "start"


def handle(line):
    global position
    match line.split():
        case []:
            return "say something"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["look"]:
            return f"you are at {position}"
        case ["go", direction] if direction in room:
            position = room[direction]
            return f"you go {direction} to {position}"
        case ["go", direction]:
            return f"you cannot go {direction}"
        case ["go", *_]:
            return "go where?"
        case ["take", item]:
            inventory.append(item)
            return f"taken {item}"
        case ["drop", *items] if items:
            dropped = [i for i in items if i in inventory]
            for i in dropped:
                inventory.remove(i)
            return f"dropped {dropped}, kept {inventory}"
        case ["say", first, *rest]:
            return " ".join([first.upper(), *rest])
        case [verb, *args]:
            return f"unknown verb {verb!r} with {len(args)} args"


commands = ["", "look", "go north", "go west", "go north now", "take key", "take sword",
            "drop key sword book", "drop", "say hello there world", "dance a jig", "q"]
for c in commands:
    print(repr(c), "->", handle(c))
print(position, inventory)
