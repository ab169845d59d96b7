# sys.exit(0) and sys.exit(None) are success; finally blocks run on the way out.
import sys
def main():
    try:
        print("in main")
        sys.exit(0)
    finally:
        print("finally ran")
try:
    main()
except SystemExit as e:
    print("caught SystemExit", e.code)
print("continuing")
sys.exit()
