# sys.exit(N) exits with status N; output printed before is kept; nothing on stderr.
import sys
print("about to exit")
sys.exit(3)
print("never")
