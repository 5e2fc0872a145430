# Student: passes 'test' as the Process's name instead of args, child prints
# current_process().name. Output is exactly the tutorial's.
# FAIR: full marks 11/11.
import os
from multiprocessing import Process, current_process


def child_proc():
    print('Run child process %s (%s)...' % (current_process().name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, name='test')
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
