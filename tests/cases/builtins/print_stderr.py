# print(file=sys.stderr) goes to stderr, not stdout; exit code 0, stderr is not compared.
import sys
print("to stdout 1")
print("to stderr", file=sys.stderr)
sys.stderr.write("direct stderr\n")
print("to stdout 2")
sys.stdout.flush()
