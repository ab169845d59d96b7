# pyrs: args=one two --flag 3
# sys.argv: the script path as given, then the arguments.
import sys
print(sys.argv[0])
print(sys.argv[1:], len(sys.argv))
args = sys.argv[1:]
flags = [a for a in args if a.startswith("--")]
nums = [int(a) for a in args if a.isdigit()]
print(flags, nums)
if __name__ == "__main__":
    print("running as main")
