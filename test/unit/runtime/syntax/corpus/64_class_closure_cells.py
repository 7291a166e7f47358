def factory(base):
    class Derived(base):
        label = "derived"
        def describe(self):
            return f"{self.label} of {base.__name__} via {__class__.__name__}"
        def parent(self):
            return super().describe() if hasattr(super(), "describe") else None
    return Derived

class Base:
    def describe(self):
        return "base"

D = factory(Base)
print(D().describe(), D().parent())
