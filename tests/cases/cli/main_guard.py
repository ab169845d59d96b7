# if __name__ == "__main__": runs for the script; the imported helper's guard does not.
import helper_cli_mod
def main(argv):
    print("main called with", len(argv), "arguments")
    return 0
print("__name__ is", __name__)
if __name__ == "__main__":
    import sys
    print(helper_cli_mod.who())
    rc = main(sys.argv)
    print("rc", rc)
