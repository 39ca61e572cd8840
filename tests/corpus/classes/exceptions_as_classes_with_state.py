class ValidationError(Exception):
    def __init__(self, field, problems):
        super().__init__(f"{field}: {', '.join(problems)}")
        self.field = field
        self.problems = problems
def validate_user(user):
    errors = []
    for field in ("name", "age"):
        problems = []
        v = user.get(field)
        if v is None:
            problems.append("missing")
        elif field == "age" and not isinstance(v, int):
            problems.append("not an int")
        elif field == "age" and v < 0:
            problems.append("negative")
        if problems:
            errors.append(ValidationError(field, problems))
    return errors
for u in [{"name": "a", "age": 3}, {"age": -1}, {"name": "b", "age": "x"}]:
    errs = validate_user(u)
    print([str(e) for e in errs], [e.field for e in errs])
try:
    raise ValidationError("email", ["bad format", "too long"])
except Exception as e:
    print(type(e).__name__, e, e.problems, e.args)
