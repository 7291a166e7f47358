# An ASCII image: drawing shapes into a 2-D list, flipping, and counting filled pixels.
W, H = 20, 9
img = [[" "] * W for _ in range(H)]
def rect(x0, y0, x1, y1, ch):
    for y in range(y0, y1 + 1):
        for x in range(x0, x1 + 1):
            if y in (y0, y1) or x in (x0, x1):
                img[y][x] = ch
def circle(cx, cy, r, ch):
    for y in range(H):
        for x in range(W):
            if abs((x - cx) ** 2 / 4 + (y - cy) ** 2 - r * r) < r:
                img[y][x] = ch
rect(0, 0, W - 1, H - 1, "#")
circle(10, 4, 3, "o")
img[4][10] = "+"
for row in img:
    print("".join(row))
flipped = [row[::-1] for row in img[::-1]]
print(sum(row.count("o") for row in img), sum(ch != " " for row in flipped for ch in row))
print("".join(flipped[4]))
