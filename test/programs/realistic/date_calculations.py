# Calendar arithmetic by hand: leap years, day of week (Zeller), days between dates.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]

def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days

def weekday(y, m, d):
    names = ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"]
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return names[h]

print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(1900))
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1999, 12, 31)]:
    print(date, weekday(*date), ordinal(*date))
print(ordinal(2024, 12, 25) - ordinal(2024, 1, 1))
print(sum(days_in_month(2023, m) for m in range(1, 13)), sum(days_in_month(2024, m) for m in range(1, 13)))
