class Config:
    volume = 5
print(Config.volume)
print(Config.brightness_level)
