x = "global"

class Outer:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    def method(self):
        return x
    class Inner:
        z = x
    def uses_class_var(self):
        return self.x, Outer.y

def make():
    x = "enclosing"
    class Local:
        seen = x
        def get(self):
            return x
    return Local

print(Outer().method(), Outer.items, Outer.Inner.z, make()().get(), make().seen)
