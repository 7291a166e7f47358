# raise eg in an except* clause raises the part as a new exception: its traceback gains
# the raise line, so it is no longer a re-raise and joins the rest in ExceptionGroup('', ...).
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    raise eg
