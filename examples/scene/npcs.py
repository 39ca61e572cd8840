# NPC dialog scripts for scene.py: plain sequential code that blocks in say() and ask().

def innkeeper():
    say("Innkeeper", "Welcome, traveller! A room for the night?")
    answer = ask("Take a room?", ["yes", "no"])
    if answer == "yes":
        say("Innkeeper", "That'll be 5 gold.")
        gold = 12 - 5
        say("Innkeeper", f"Here's your key. You have {gold} gold left.")
        return "pleased"
    say("Innkeeper", "Suit yourself.")
    return "grumpy"

def bard(songs):
    sleep(0.5)
    say("Bard", "Care for a song?")
    pick = ask("Which song?", songs)
    for verse in range(1, 3):
        say("Bard", f"({pick}, verse {verse}) la la la...")
    return pick
