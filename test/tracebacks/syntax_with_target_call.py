# A call as a with statement's target: 3.8 report it at the item, 3.9+ at the target.
import io
with io.StringIO() as buffer():
    pass
