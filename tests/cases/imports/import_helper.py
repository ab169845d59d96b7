# import / from-import / as for a .py file beside the script; module code runs once; module state.
import helper_mod
import helper_mod as hm
from helper_mod import greet, CONST as answer, Widget
print(helper_mod.CONST, answer, greet("case"), hm is helper_mod)
print(helper_mod.bump(), hm.bump(), helper_mod.counter)
print(Widget(3), helper_mod.Widget is Widget, helper_mod.__name__, type(helper_mod).__name__)
import helper_mod
print("second import did not reload:", helper_mod.counter)
print(hasattr(helper_mod, "_private"), "greet" in dir(helper_mod))
import sys
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
def local_import():
    from helper_mod import bump
    return bump()
print(local_import(), helper_mod.counter)
helper_mod.CONST = 0
from helper_mod import CONST
print(CONST)
