# Found only after the importing test adds lib_mod/ to sys.path.
def triple(x):
    return 3 * x
NAME = "extra"
