# pyrs: modes=cudasim
# numba.cuda is reachable every way a script spells it: attribute, from-import, import of the
# dotted name (pyrs loads it on first use through numba's module __getattr__).
import numba
from numba import cuda
import numba.cuda
import numba.cuda as nc
print(numba.cuda is cuda, nc is cuda, cuda.is_available())
try:
    numba.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(numba, "no_such_name"), hasattr(numba, "cuda"))
