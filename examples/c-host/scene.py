# A tiny scene for the C sample host: a guard with a dialog, a clock, both blocking on the
# host's wait_frames(n) (a timer counted in game frames) while the game keeps running.

def guard():
    say("Guard", "Halt! Who goes there?")
    wait_frames(3)
    answer = ask("Guard", "Password?")
    if answer == "swordfish":
        say("Guard", "Pass, friend.")
    else:
        say("Guard", "Wrong password: " + answer)
    wait_frames(10)
    say("Guard", "Shift over.")
    return "guard done"


def clock():
    for hour in range(1, 4):
        wait_frames(4)
        say("Clock", " ".join(["Bong"] * hour))
    return hour


g = spawn(guard)
c = spawn(clock)
print("scene start")
results = [join(g), join(c)]
print("scene end", results)
