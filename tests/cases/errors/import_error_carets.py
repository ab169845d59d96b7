# stderr-tail: 4
# A failing import's traceback locates the whole statement (no carets when it fills the line).
import os, no_such_module_here
