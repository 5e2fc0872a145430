# Student: operator precedence bug in the child's print:
#   'Run child process %s (%s)...' % name, os.getpid()
# -> TypeError: not enough arguments for format string, in the child. The child prints
# nothing and exits 1.
# FAIR: ~6/11: parent pid (1), child exists (2), made by parent (1) pass; child's pid (1),
# argument (1), after will-start (1), end after child's line (2), exit 0 (1) fail. Report
# should name the TypeError in the child.
import os
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % name, os.getpid())


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
