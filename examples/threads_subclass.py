# A Thread subclass: override run() (and __init__, calling Thread.__init__ first).
#
# The thread's state lives on the object, so after join() the caller reads the result from
# attributes. Each worker below sums the squares of its own slice of the numbers.
#
#     pyrs examples/threads_subclass.py
#     pyrs -X gil=0 examples/threads_subclass.py
import threading

class SquareSummer(threading.Thread):
    def __init__(self, numbers, index):
        super().__init__(name=f"summer-{index}")
        self.numbers = numbers
        self.total = None          # filled in by run()

    def run(self):
        total = 0
        for n in self.numbers:
            total += n * n
        self.total = total

numbers = list(range(1, 100_001))
workers = [SquareSummer(numbers[k::4], k) for k in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()

for w in workers:
    print(f"{w.name}: {len(w.numbers)} numbers, sum of squares {w.total}")
grand = sum(w.total for w in workers)
print("total:", grand, "check:", grand == sum(n * n for n in numbers))
