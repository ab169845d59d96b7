# An imported module's __file__ and sys.path[0] are absolute, as in CPython 3.9+
# (the test harness strips the repository root, so they print relative to it).
import os
import sys
import helper_mod
print(os.path.isabs(helper_mod.__file__), helper_mod.__file__)
print(os.path.isabs(sys.path[0]), sys.path[0])
try:
    from helper_mod import no_such_name
except ImportError as e:
    print(e)
