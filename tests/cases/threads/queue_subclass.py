# pyrs: modes=gil-both
# Queue subclasses that bring their own storage through _init/_put/_get/_qsize, and the
# `queue` attribute (a collections.deque) read and cleared under the queue's mutex.
import queue, collections, threading
class MyQ(queue.Queue):
    def _init(self, maxsize): self.queue = collections.deque()
    def _put(self, x): self.queue.append(x * 2)
    def _get(self): return self.queue.popleft()
    def _qsize(self): return len(self.queue)
q = MyQ()
for i in range(5): q.put(i)
print(q.qsize(), [q.get() for _ in range(5)], q.empty())
class Lifo2(queue.Queue):
    def _get(self): return self.queue.pop()
q = Lifo2()
for i in range(5): q.put(i)
print(q.qsize(), q.get(), q.get(), list(q.queue), q.qsize())
q = queue.Queue()
for i in range(100): q.put(i)
for i in range(90): q.get()
with q.mutex:
    print(len(q.queue), q.queue[0])
    q.queue.clear()
print(q.qsize(), q.empty())
q.put('a'); print(q.get(), type(q.queue).__name__)

# A subclass used from several threads: a "dedup" queue that drops items already seen.
class Dedup(queue.Queue):
    def _init(self, maxsize):
        self.queue = collections.deque()
        self.seen = set()
    def _put(self, x):
        if x not in self.seen:
            self.seen.add(x)
            self.queue.append(x)
    def _get(self): return self.queue.popleft()
    def _qsize(self): return len(self.queue)
dq = Dedup()
ts = [threading.Thread(target=lambda: [dq.put(i % 50) for i in range(500)]) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(dq.qsize(), sorted(dq.get() for _ in range(dq.qsize())) == list(range(50)))
print(dq.unfinished_tasks)
