# Building and parsing binary packets with bytes and bytearray: checksums, hex dumps, slicing, in-place edits.
def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFFFF
    return total


def make_packet(kind, payload):
    body = bytearray()
    body.append(kind)
    body += len(payload).to_bytes(2, "big")
    body.extend(payload)
    body += checksum(body).to_bytes(2, "big")
    return bytes(body)


def parse(packet):
    kind = packet[0]
    n = int.from_bytes(packet[1:3], "big")
    payload = packet[3:3 + n]
    want = int.from_bytes(packet[3 + n:5 + n], "big")
    if checksum(packet[:3 + n]) != want:
        raise ValueError(f"bad checksum in packet of kind {kind}")
    return kind, payload


def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:04x}  {hexes:<{width * 3}} {text}")
    return "\n".join(lines)


packets = [make_packet(1, b"hello"), make_packet(2, "héllo wörld".encode()), make_packet(3, bytes(range(10)))]
for p in packets:
    print(len(p), parse(p))
print(hexdump(packets[1]))
broken = bytearray(packets[0])
broken[4] ^= 0x20
try:
    parse(bytes(broken))
except ValueError as e:
    print("error:", e)
stream = b"".join(packets)
pos, seen = 0, []
while pos < len(stream):
    n = int.from_bytes(stream[pos + 1:pos + 3], "big")
    seen.append(parse(stream[pos:pos + 5 + n])[0])
    pos += 5 + n
print(seen, len(stream), stream.count(b"l"), stream.find(b"w"), stream[:3].hex())
buf = bytearray(b"abc")
buf[1:2] = b"XYZ"
buf.reverse()
print(buf, buf.upper(), bytes(buf).decode(), buf.startswith(b"c"), list(buf[:2]))
print(packets[1][3:].decode("utf-8", errors="replace"), b"%d-%s" % (7, b"x"), bytes.fromhex("de ad be ef"))
