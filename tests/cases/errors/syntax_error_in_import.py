# stderr-tail: 4
# A syntax error inside an imported helper module is reported with the helper's path.
print("main starts")
import broken_syntax_mod
