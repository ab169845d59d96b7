# Packages: __init__.py, submodules, relative imports inside the package, dotted import forms.
import pkg_mod
print(pkg_mod.VERSION, pkg_mod.describe(), pkg_mod.shapes.unit().area())
from pkg_mod import shapes
from pkg_mod.shapes import Square
import pkg_mod.util
import pkg_mod.util as u
from pkg_mod.util import total_area
print(shapes.Square(4).area(), Square(5).area(), pkg_mod.util.total_area([1, 2, 3]), u.total_area([10]), total_area([]))
print(pkg_mod.util is u, shapes is pkg_mod.shapes, pkg_mod.__name__, u.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_mod")))
