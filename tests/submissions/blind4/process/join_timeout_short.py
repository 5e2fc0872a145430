# Learner: p.join(timeout=0.1) "so the program never hangs"; the child prints at once and
# then works 1 s, so `Process end.` is printed while the child still runs (its line came
# first only by timing). Python's exit handler joins the child later.
# Fair grade: fail "`Process end.` comes after the child's line: join waits" (2): 9/11,
# in every run.
import os
import time
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    time.sleep(1)

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join(timeout=0.1)
    print('Process end.')
