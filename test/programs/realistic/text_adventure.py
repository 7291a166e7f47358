# A small text adventure driven as a state machine over rooms, items and commands.

class GameOver(Exception):
    pass

class Room:
    def __init__(self, name, description, exits=None, items=()):
        self.name = name
        self.description = description
        self.exits = dict(exits or {})
        self.items = list(items)
        self.visits = 0

    def __repr__(self):
        return f"<Room {self.name}>"

    def describe(self):
        self.visits += 1
        text = self.description if self.visits == 1 else f"You are back in the {self.name}."
        if self.items:
            text += " You see: " + ", ".join(sorted(self.items)) + "."
        exits = "/".join(sorted(self.exits)) or "none"
        return f"{text} Exits: {exits}"


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = set()
        self.moves = 0
        self.state = "exploring"
        self.log = []

    def say(self, msg):
        self.log.append(msg)
        print(f"[{self.moves:02d}|{self.state:>9}] {msg}")


def build_world():
    rooms = {
        "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
        "library": Room("library", "Shelves of old books.", {"south": "hall"}, ["key", "book"]),
        "kitchen": Room("kitchen", "A cold kitchen.", {"west": "hall", "down": "cellar"}),
        "cellar": Room("cellar", "It is very dark.", {"up": "kitchen"}, ["treasure"]),
    }
    return rooms


def handle(player, rooms, line):
    verb, _, rest = line.strip().lower().partition(" ")
    player.moves += 1
    handlers = {
        "look": lambda: player.say(player.room.describe()),
        "inv": lambda: player.say("Carrying: " + (", ".join(sorted(player.inventory)) or "nothing")),
    }
    if verb in handlers:
        handlers[verb]()
    elif verb == "go":
        dest = player.room.exits.get(rest)
        if dest is None:
            player.say(f"You can't go {rest or 'nowhere'}.")
            return
        if dest == "cellar" and "lamp" not in player.inventory:
            player.state = "in danger"
            player.say("It is too dark to go down without a lamp.")
            return
        if dest == "library" and player.state == "locked":
            player.say("The library is locked.")
            return
        player.room = rooms[dest]
        player.state = "exploring"
        player.say(player.room.describe())
    elif verb == "take":
        if rest in player.room.items:
            player.room.items.remove(rest)
            player.inventory.add(rest)
            player.say(f"Taken: {rest}.")
            if rest == "treasure":
                player.state = "won"
                raise GameOver(f"You won in {player.moves} moves")
        else:
            player.say(f"There is no {rest} here.")
    elif verb == "drop":
        try:
            player.inventory.remove(rest)
        except KeyError as e:
            player.say(f"You don't have {e.args[0]!r}.")
        else:
            player.room.items.append(rest)
            player.say(f"Dropped {rest}.")
    elif verb == "quit":
        raise GameOver("You gave up")
    else:
        player.say(f"I don't understand {verb!r}.")


rooms = build_world()
player = Player(rooms["hall"])
script = """
look
go west
go north
take key
take sword
go south
go east
go down
go west
take lamp
drop key
drop key
inv
go east
go down
dance
take treasure
look
"""
try:
    for command in script.strip().splitlines():
        handle(player, rooms, command)
except GameOver as end:
    print("*** GAME OVER:", end, "***")
print(player.state, player.moves, len(player.log))
print({name: (r.visits, sorted(r.items)) for name, r in rooms.items()})
print(sorted(player.inventory), player.room)
