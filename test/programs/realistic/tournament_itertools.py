# A club's round-robin tournament planned with itertools: pairings from combinations, tables
# handed out in turn with cycle, match numbers from count, standings grouped with groupby,
# running points with accumulate, the first rounds with islice.
import sys
from itertools import accumulate, chain, combinations, count, cycle, groupby, islice

players = ["Ana", "Ben", "Chloe", "Dev", "Eli"]
tables = cycle(["A", "B"])
numbers = count(1)
matches = []
for pair in combinations(players, 2):
    matches.append((next(numbers), next(tables), pair))
print(len(matches), "matches")
for number, table, (home, away) in islice(matches, 4):
    print(f"match {number} at table {table}: {home} vs {away}")

results = {}
for number, table, (home, away) in matches:
    winner = home if (len(home) + number) % 3 else away
    results.setdefault(winner, []).append(number)
points = sorted(((name, len(won)) for name, won in results.items()), key=lambda item: -item[1])
for score, group in groupby(points, key=lambda item: item[1]):
    print(score, "wins:", ", ".join(name for name, _ in group))

ana_games = [number for number, _, pair in matches if "Ana" in pair]
print("Ana plays in", ana_games)
print("running total of her match numbers", list(accumulate(ana_games)))
everyone = list(chain.from_iterable(pair for _, _, pair in matches))
print("appearances", {name: everyone.count(name) for name in players})
print("next match number", next(numbers), "next table", next(tables))
print("pairs kept", sys.getrefcount(matches[0][2]))
