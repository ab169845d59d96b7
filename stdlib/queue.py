# queue (pyrs): Queue, LifoQueue, PriorityQueue, SimpleQueue with blocking put/get, timeouts,
# task_done/join, and the Empty/Full exceptions. Every operation holds the queue's mutex, so
# put/get stay atomic with the GIL off.

import threading
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # put/get hold `mutex` directly (the three Conditions share it) and notify only when a
    # thread waits: the same semantics as CPython's, with fewer Python-level calls.
    def put(self, item, block=True, timeout=None):
        with self.mutex:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._waiters:
                self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.mutex:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = _time() + timeout
                while not self._qsize():
                    remaining = endtime - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            if self.not_full._waiters:
                self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # Storage: a list with a moving head, amortised O(1) per get (pyrs's collections.deque pops
    # from the left in O(n)). CPython's Queue keeps a deque in `self.queue`; reading that
    # attribute (or a subclass's _init assigning it) switches this queue to a real deque.
    def _init(self, maxsize):
        self._fifo = []
        self._head = 0

    @property
    def queue(self):
        dq = getattr(self, '_dq', None)
        if dq is None:
            from collections import deque
            # Take the mutex when it is free, so no put/get runs during the switch (it may
            # already be held by this thread: `with q.mutex: q.queue.clear()`).
            mutex = getattr(self, 'mutex', None)
            got = mutex.acquire(False) if mutex is not None else False
            try:
                fifo = getattr(self, '_fifo', None)
                dq = deque(fifo[self._head:] if fifo is not None else ())
                self._dq = dq
                self._fifo = None
            finally:
                if got:
                    mutex.release()
        return dq

    @queue.setter
    def queue(self, value):
        self._dq = value
        self._fifo = None

    def _qsize(self):
        f = self._fifo
        if f is None:
            return len(self._dq)
        return len(f) - self._head

    def _put(self, item):
        f = self._fifo
        if f is None:
            self._dq.append(item)
        else:
            f.append(item)

    def _get(self):
        q = self._fifo
        if q is None:
            return self._dq.popleft()
        h = self._head
        item = q[h]
        q[h] = None
        h += 1
        if h > 64 and h * 2 > len(q):
            q[:h] = []  # (not `del q[:h]`: pyrs deletes slices one item at a time)
            h = 0
        self._head = h
        return item


class PriorityQueue(Queue):
    '''Retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    '''Retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue.'''

    # Its own storage (a list with a moving head, as Queue's) and lock: no task accounting.
    def __init__(self):
        self._fifo = []
        self._head = 0
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue (never blocks; block and timeout are ignored).'''
        with self._mutex:
            self._fifo.append(item)
            if self._not_empty._waiters:
                self._not_empty.notify()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def _size(self):
        return len(self._fifo) - self._head

    def get(self, block=True, timeout=None):
        with self._mutex:
            if not block:
                if not self._size():
                    raise Empty
            elif timeout is None:
                while not self._size():
                    self._not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = _time() + timeout
                while not self._size():
                    remaining = endtime - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self._not_empty.wait(remaining)
            q = self._fifo
            h = self._head
            item = q[h]
            q[h] = None
            h += 1
            if h > 64 and h * 2 > len(q):
                q[:h] = []
                h = 0
            self._head = h
            return item

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        with self._mutex:
            return not self._size()

    def qsize(self):
        with self._mutex:
            return self._size()
