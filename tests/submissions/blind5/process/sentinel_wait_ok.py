# LEARNER: read about Process.sentinel and waits with multiprocessing.connection.wait([p.sentinel])
# (it returns when the child has ended), then prints "Process end." and only joins afterwards
# to collect the exit code.
# FAIR GRADE: 11/11 (full; the parent waits for the child's end before printing). A grader that
# only sees a reaping wait as the edge may dock the join check (2): `Process end.` is printed
# before the join. Debatable.
from multiprocessing import Process
from multiprocessing.connection import wait
import os, time

def run_proc(name):
    time.sleep(0.3)
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    wait([p.sentinel])
    print('Process end.')
    p.join()
