# sys.exit with an object that is not an int: printed to stderr (str of it), exit status 1.
import sys
print("exiting with a list")
sys.exit(["not", "an", "int"])
