# Modules found through a directory added to sys.path at run time.
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(here))
sys.path.insert(0, os.path.join(here, "lib_mod"))
import extra
from extra import triple, NAME
print(extra.triple(5), triple(2), NAME, extra.__name__)
try:
    import extra_missing
except ImportError as e:
    print(type(e).__name__, e)
