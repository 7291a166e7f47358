import os, sys as system
import os.path
import collections.abc as cabc
from math import pi, sqrt as root, floor
from os.path import (join,
                     basename as base)
from itertools import *
print(os.sep, system.version_info[0], cabc.Mapping, pi, root(4), floor(2.5), join("a", "b"), base("/x/y"))
