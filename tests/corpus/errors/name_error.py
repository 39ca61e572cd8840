def show():
    print("about to fail")
    print(undefined_thing)
show()
