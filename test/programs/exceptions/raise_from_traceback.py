# raise ... from e: uncaught, the cause is printed first and the last line is the new exception.
class ConfigError(Exception):
    pass

def read(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e

cfg = {"a": 1}
print(read(cfg, "a"))
read(cfg, "b")
