# cloaca: syntax-error
def classify(v):
    match v:
        case other:
            return "anything"
        case 0:
            return "zero"
