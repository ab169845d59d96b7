# pyrs: modes=gil-both
# The values of a threading.local subclass body stay class attributes: readable on the class and
# listed in its __dict__ (per-thread values never touch them).
import threading

class MyLocal(threading.local):
    number = 2
    color = 'blue'

m = MyLocal()
m.number = 5
print(MyLocal.number, MyLocal.color, m.number)
print('number' in vars(MyLocal), sorted(k for k in MyLocal.__dict__ if not k.startswith('_')))
t = threading.Thread(target=lambda: print("thread sees", m.number, MyLocal.number))
t.start(); t.join()
