class Engine:
    def __init__(self):
        self.systems = [Physics(), Render()]
    def tick(self):
        for s in self.systems:
            s.update(1)
class Physics:
    def update(self, dt):
        print("physics", dt)
class Render:
    def update(self, dt):
        self.draw(dt)
    def draw(self, dt):
        raise RuntimeError("GPU lost")
Engine().tick()
