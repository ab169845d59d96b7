# stderr-tail: 13
# Uncaught exception raised while handling another: both tracebacks, joined by the context message.
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("conversion failed")

print(convert("12"))
convert("twelve")
