# LEARNER: makes two Process objects, p (the real one, its child sleeps 0.5 s before printing)
# and `helper` (target does nothing). Starts both but joins only `helper`, then prints
# "Process end." -- before the child's line.
# FAIR GRADE: 9/11 -- fail "`Process end.` comes after the child's line" (2). The silent helper
# child should not make "the child runs in a process of its own" fail (it prints nothing).
from multiprocessing import Process
import os, time

def run_proc(name):
    time.sleep(0.5)
    print('Run child process %s (%s)...' % (name, os.getpid()))

def nothing():
    pass

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    helper = Process(target=nothing)
    print('Process will start.')
    p.start()
    helper.start()
    helper.join()
    print('Process end.')
