# A bracket left open: 3.10+ blame the bracket ("was never closed"); 3.8/3.9 report where the
# parser then failed, on the next line.
values = [1, 2
total = 3
