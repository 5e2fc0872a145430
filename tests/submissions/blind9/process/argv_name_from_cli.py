# Student: reads the child's name from the command line (they ran `python3 prog.py test`);
# the grader runs it with no argument: IndexError in main before anything is printed.
# FAIR: 0/11; the report should name the IndexError on sys.argv[1].
import os
import sys
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    name = sys.argv[1]
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=(name,))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
