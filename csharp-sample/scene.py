# The scene for the C# sample host (csharp-sample/Game.cs): a guard with a dialog and a clock,
# blocking on the host's async functions say / ask (the dialog subsystem) and sleep (the timer
# subsystem, in game seconds) while the game loop keeps running.

def guard():
    say("Guard", "Halt! Who goes there?")
    sleep(0.5)
    answer = ask("Guard", "Password?")
    if answer == "swordfish":
        say("Guard", "Pass, friend.")
    else:
        say("Guard", "Wrong password: " + answer)
    sleep(1.2)
    say("Guard", "Shift over.")
    return "guard done"


def clock():
    for hour in range(1, 4):
        sleep(0.7)
        say("Clock", " ".join(["Bong"] * hour))
    return hour


g = spawn(guard)
c = spawn(clock)
print("scene start")
results = [join(g), join(c)]
print("scene end", results)
