import side_effects
import side_effects as se
from side_effects import VALUE
print(side_effects.loaded, se is side_effects, VALUE)
import helper
import geometry
print(geometry.Vector is helper.Vector)
helper.counter = 100
import helper as h2
print(h2.counter, h2.bump())
