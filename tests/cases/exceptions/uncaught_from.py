# stderr-tail: 9
# raise ... from ...: the "direct cause" separator in the traceback.
class ConfigError(Exception):
    pass

try:
    {}["port"]
except KeyError as e:
    raise ConfigError("missing setting") from e
