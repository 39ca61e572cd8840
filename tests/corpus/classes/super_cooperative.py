class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
class Named(Base):
    def __init__(self, name, **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)
p = Person(name="Ann", age=30, extra=1)
print(p.name, p.age)
print([c.__name__ for c in Person.__mro__])
class Logger:
    def log(self):
        return ["Logger"]
class TimestampLogger(Logger):
    def log(self):
        return ["Timestamp"] + super().log()
class FileLogger(Logger):
    def log(self):
        return ["File"] + super().log()
class Combined(TimestampLogger, FileLogger):
    def log(self):
        return ["Combined"] + super().log()
print(Combined().log())
