# Failed imports: ModuleNotFoundError, ImportError for a missing name; the program continues.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name =", e.name)
try:
    from helper_mod import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import pkg_mod.missing_sub
except ImportError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(ModuleNotFoundError, ImportError))
import math
try:
    from math import no_function
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print("still running")
