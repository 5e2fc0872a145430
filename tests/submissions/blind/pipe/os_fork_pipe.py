# Learner: os.fork with a multiprocessing Pipe, os.waitpid instead of join, child os._exit(0).
# Expected: full marks by the checks.
import os
from multiprocessing import Pipe

a, b = Pipe()
pid = os.fork()
if pid == 0:
    msg = b.recv()
    print('recv: %s' % msg)
    print('send: pong')
    b.send('pong')
    os._exit(0)
print('send: ping')
a.send('ping')
print('recv: %s' % a.recv())
os.waitpid(pid, 0)
print('DONE')
