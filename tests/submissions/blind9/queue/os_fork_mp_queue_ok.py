# Student: no Process class: os.fork twice with a multiprocessing.Queue, os._exit(0) in each
# child, main waits for both with os.waitpid, then DONE.
# FAIR: full marks 11/11.
import os
import time
from multiprocessing import Queue

q = Queue()

wpid = os.fork()
if wpid == 0:
    for n in range(1, 5):
        print('write, %d' % n)
        q.put(n)
        time.sleep(0.2)
    q.close()
    q.join_thread()
    os._exit(0)

rpid = os.fork()
if rpid == 0:
    for _ in range(4):
        print('read, %d' % q.get())
    os._exit(0)

os.waitpid(wpid, 0)
os.waitpid(rpid, 0)
print('DONE')
