# Student: tries `with Process(...) as p:` like with files/Pool: Process has no __enter__,
# main dies (TypeError/AttributeError) right after "Process will start." is NOT printed
# (the with line is before it). No child.
# FAIR: 1/11 (parent's own pid only); report should name main's exception.
import os
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Process(target=child_proc, args=('test',)) as p:
        print('Process will start.')
        p.start()
        p.join()
    print('Process end.')
