# Learner: the child installs a SIGUSR1 handler and waits with signal.pause(); the parent
# sleeps 0.5 s (so the handler is in place), sends SIGUSR1, then joins. The child prints its
# line in the handler's aftermath and exits 0. Racy in theory (the 0.5 s), right in practice.
# Fair grade: full marks (maybe a note on the sleep): 11/11.
import os
import signal
import time
from multiprocessing import Process

def run_proc(name):
    signal.signal(signal.SIGUSR1, lambda s, f: None)
    signal.pause()
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    time.sleep(0.5)
    os.kill(p.pid, signal.SIGUSR1)
    p.join()
    print('Process end.')
