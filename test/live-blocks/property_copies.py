# A property's setter and deleter copy it by calling its type (property_copy): four arguments
# packed into a tuple the call frees onto the free list, where the line that made it keeps it.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value

    @celsius.deleter
    def celsius(self):
        del self._c


t = Temperature(21.5)
t.celsius = 30.0
print(t.celsius)
del t.celsius
print(hasattr(t, "_c"))
