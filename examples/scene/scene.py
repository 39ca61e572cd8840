# A tavern scene: two NPCs in concurrent dialog, a grandfather clock that ticks forever, and a
# door on a timer. Run it with:  cargo run --release -- run examples/scene/scene.py --virtual-clock
# Every host call (sleep, say, ask) parks only the task that made it; the rest of the game goes on.

import npcs

running = True

def grandfather_clock():
    hour = 9
    while running:
        sleep(1.0)
        print("*tick*")
        sleep(1.0)
        print("*tock*")
        hour += 1
        if hour == 12:
            print("The clock strikes twelve.")

def door(opens_in):
    sleep(opens_in)
    print(f"The door creaks open ({now():.2f} s in).")
    return "open"

clock = spawn(grandfather_clock)
door_task = spawn(door, 3.5)
innkeeper = spawn(npcs.innkeeper)
bard = spawn(npcs.bard, ["The Dragon's Lament", "A Merry Jig"])

mood = join(innkeeper)
song = join(bard)
state = join(door_task)
print("Scene over: innkeeper is", mood + ", the bard played", song + ", the door is", state + ".")
running = False
join(clock)
print("The clock stops.")

