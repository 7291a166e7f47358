from dataclasses import dataclass, field
from typing import List

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self, part="patch"):
        values = {"major": (self.major + 1, 0, 0),
                  "minor": (self.major, self.minor + 1, 0),
                  "patch": (self.major, self.minor, self.patch + 1)}
        return Version(*values[part])

@dataclass
class Release:
    version: Version
    notes: List[str] = field(default_factory=list)

r = Release(Version(1, 2))
r.notes.append("fix")
print(r, r.version.bump("minor") > r.version)
