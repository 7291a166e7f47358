class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(msg)
        self.code = code

def risky(x):
    if x < 0:
        raise ValueError("negative")
    if x == 0:
        raise AppError(2) from None
    return 10 / x

results = []
for v in (-1, 0, 2):
    try:
        results.append(risky(v))
    except ValueError as e:
        results.append(str(e))
    except (AppError, ZeroDivisionError) as err:
        results.append(err.code)
    except Exception:
        raise
    else:
        results.append("ok")
    finally:
        results.append("done")
print(results)
