# removing from a list while iterating it, and the safe alternatives (slice copy, comprehension, reverse index loop)
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("naive:", nums)
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print("copy:", nums)
nums = [1, 2, 2, 3, 4, 4, 5]
nums[:] = [n for n in nums if n % 2]
print("comprehension:", nums)
nums = [1, 2, 2, 3, 4, 4, 5]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 2 == 0:
        del nums[i]
print("reverse:", nums)
grow = [1]
for x in grow:
    if len(grow) < 5:
        grow.append(x * 2)
print("grow:", grow)
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = [1, 2, 3]
d = c
c += [4]
print(c, d, c is d)
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1), add(2), add(3, []))
