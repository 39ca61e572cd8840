import broken_module
print(broken_module.works(), broken_module.SETUP)
print(broken_module.fails())
