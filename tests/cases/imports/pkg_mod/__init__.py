# A package used by imports/packages.py.
print("pkg_mod/__init__ loading")
VERSION = "1.2"
from . import shapes
def describe():
    return "pkg_mod version " + VERSION
