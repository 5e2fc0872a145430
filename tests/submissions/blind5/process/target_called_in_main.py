# LEARNER: the classic bug `Process(target=run_proc('test'))`: run_proc runs IN MAIN (printing the
# child line with main's pid) and target is None, so the started child does nothing.
# FAIR GRADE: ~3-5/11 -- the child process exists and is joined, but the work ran in main: fail
# "the child prints its own pid" (1), the argument (arguably, the child printed nothing) (1),
# "child's line after Process will start" (1), "Process end after the child's line" (2);
# a strict teacher would also take "the child runs in a process of its own" (2).
from multiprocessing import Process
import os

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    print('Process will start.')
    p = Process(target=run_proc('test'))
    p.start()
    p.join()
    print('Process end.')
