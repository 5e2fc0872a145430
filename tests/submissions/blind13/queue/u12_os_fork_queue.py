import os
from multiprocessing import Queue

q = Queue()
w = os.fork()
if w == 0:
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
    q.close(); q.join_thread()
    os._exit(0)
r = os.fork()
if r == 0:
    for _ in range(4):
        print('read, %s' % q.get())
    os._exit(0)
os.waitpid(w, 0)
os.waitpid(r, 0)
print('DONE')
