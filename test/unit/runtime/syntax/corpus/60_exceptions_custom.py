class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")

def validate(record):
    errors = []
    for field, check, problem in (
        ("name", lambda v: isinstance(v, str) and v, "must be a non-empty string"),
        ("age", lambda v: isinstance(v, int) and 0 <= v < 150, "must be 0..149"),
    ):
        try:
            if not check(record.get(field)):
                raise ValidationError(field, problem)
        except ValidationError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid record", errors) if False else errors[0]
    return True

for rec in ({"name": "x", "age": 3}, {"name": "", "age": 200}):
    try:
        print(validate(rec))
    except ValidationError as err:
        print("invalid", err.field, err)
