def crc8(data: bytes, poly=0x07) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc

packet = b"\x01\x02ABC" + bytes([255, 0]) + rb"\raw"
mask = 0b1111_0000
print(crc8(packet), hex(mask), packet[1:4], packet.hex(), bin(5 ^ 3), 1 << 10, -1 >> 1)
