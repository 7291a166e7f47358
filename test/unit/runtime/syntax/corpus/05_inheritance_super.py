class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        base = super().speak()
        return base + "!"

class Puppy(Dog):
    def speak(self):
        return __class__.__name__ + ": " + super().speak()

for a in (Animal("x"), Dog("rex", "lab"), Puppy("bit", "pug")):
    print(a.speak())
