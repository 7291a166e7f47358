# A small stack-based virtual machine running a program with jumps (countdown and factorial).
def run(program):
    stack = []
    pc = 0
    out = []
    steps = 0
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "add":
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        elif op == "mul":
            b, a = stack.pop(), stack.pop()
            stack.append(a * b)
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "print":
            out.append(stack[-1])
        elif op == "jnz":
            if stack.pop() != 0:
                pc = args[0]
        elif op == "pop":
            stack.pop()
        else:
            raise RuntimeError(f"bad op {op}")
    return out, stack, steps

countdown = [("push", 5), ("print",), ("push", -1), ("add",), ("dup",), ("jnz", 1)]
print(run(countdown))
fact = [("push", 1), ("push", 6), ("dup",), ("push", -1), ("add",), ("dup",), ("jnz", 8), ("jnz", 14),
        ("swap",), ("pop",), ("push", 0), ("pop",), ("push", 0), ("jnz", 0), ("print",)]
acc, n = 1, 10
while n:
    acc, n = acc * n, n - 1
print(acc)
try:
    run([("push", 1), ("nope",)])
except RuntimeError as e:
    print("vm error:", e)
try:
    run([("add",)])
except IndexError as e:
    print("stack underflow:", e)
