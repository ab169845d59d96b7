# pyrs: modes=gil-both
# The traceback that reaches threading.excepthook (and sys.exc_info() in a thread) is a real
# traceback object whose frames end in the function that raised.
import sys
import threading

got = []
def hook(args):
    tb = args.exc_traceback
    got.append(tb is not None)
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    got.append(names[-2:])
threading.excepthook = hook

def inner():
    raise ValueError("deep")

def outer():
    inner()

t = threading.Thread(target=outer)
t.start(); t.join()
print(got)

def catches():
    try:
        outer()
    except ValueError:
        info = sys.exc_info()
        got.append((info[0].__name__, info[2] is not None, info[1].__traceback__ is info[2]))
t = threading.Thread(target=catches)
t.start(); t.join()
print(got[-1])
