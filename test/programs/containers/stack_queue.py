# stacks and queues with lists: push/pop, pop(0), insert(0), a bracket matcher and a BFS over a grid
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a * b if tok == "*" else a - b)
print("rpn:", stack)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in text:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["([]{})", "([)]", "((", "", "}"]])
queue = []
for i in range(5):
    queue.insert(0, i)
print(queue, [queue.pop() for _ in range(3)], queue)
grid = ["..#.", ".##.", "....", "#..."]
start, goal = (0, 0), (0, 3)
dist = {start: 0}
frontier = [start]
while frontier:
    r, c = frontier.pop(0)
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            frontier.append((nr, nc))
print("bfs:", dist.get(goal), len(dist), sorted(dist.items())[:4])
