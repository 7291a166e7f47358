# A fixed-size ring buffer over a bytearray, as a serial-port driver would keep one:
# writes wrap around, reads copy out bytes objects, and the buffer never reallocates.
import sys


class Ring:
    __slots__ = ("buf", "head", "tail", "size", "dropped")

    def __init__(self, capacity):
        self.buf = bytearray(capacity)
        self.head = 0
        self.tail = 0
        self.size = 0
        self.dropped = 0

    def write(self, data):
        cap = len(self.buf)
        for b in data:
            if self.size == cap:
                self.dropped += 1
                continue
            self.buf[self.tail] = b
            self.tail = (self.tail + 1) % cap
            self.size += 1

    def read(self, n):
        n = min(n, self.size)
        cap = len(self.buf)
        end = self.head + n
        if end <= cap:
            out = bytes(self.buf[self.head:end])
        else:
            out = bytes(self.buf[self.head:]) + bytes(self.buf[: end - cap])
        self.head = end % cap
        self.size -= n
        return out


ring = Ring(16)
print(sys.getsizeof(ring), sys.getsizeof(ring.buf))
ring.write(b"HELLO,")
ring.write(b"WORLD!")
print(ring.read(4), ring.size)
ring.write(b"0123456789")
print(ring.read(20), ring.dropped)
frames = []
for i in range(10):
    ring.write(f"<{i:02d}>".encode())
    frames.append(ring.read(4))
print(frames[:3], frames[-1], ring.size, ring.dropped)
print(sys.getsizeof(ring.buf), ring.buf.hex(" ", 4))
