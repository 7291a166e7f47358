from typing import Dict, List, Optional

Matrix = List[List[float]]
count: int = 0
names: List[str]
registry: Dict[str, "Handler"] = {}

class Handler:
    name: str
    priority: int = 0
    def __init__(self, name: str, priority: int = 0) -> None:
        self.name: str = name
        self.priority = priority
    def handle(self, data: Optional[bytes] = None) -> Optional[str]:
        result: str
        if data is None:
            return None
        result = data.decode()
        return result

def register(h: Handler, *, force: bool = False) -> Handler:
    registry[h.name] = h
    return h

register(Handler("a"))
print(registry, count)
