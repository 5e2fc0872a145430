# Learner: structures the program as `sys.exit(main())` where main() returns the list of
# results (thinking it is "returned to the shell"). sys.exit(list) prints the list to
# stderr and exits with status 1. The pool part is right.
# FAIR: behaviour 16/16; the stray stderr line and exit 1 cost the "program runs to its
# end"/format point and "only the assignment's lines" (documented policy): 15.5/17.5 or so.
# A fair teacher: about -1 for the exit status. Accept 15.5-16.5.
import os
import sys
import time
from multiprocessing import Pool


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))
    return name * name


def main():
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    rs = [p.apply_async(long_time_task, (i,)) for i in range(5)]
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
    return [r.get() for r in rs]


if __name__ == '__main__':
    sys.exit(main())
