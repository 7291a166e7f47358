# A loop that makes and drops a container each round ends where it began.
import gc, sys
gc.collect()
gc.disable()
def churn(n):
    for i in range(n):
        x = {'k': [i, i]}
churn(10)
b0 = sys.getallocatedblocks()
churn(1000)
print(sys.getallocatedblocks() - b0)
