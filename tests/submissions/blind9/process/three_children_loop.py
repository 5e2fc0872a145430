# Student: over-did it: starts three children ('test', 'test2', 'test3') and joins them.
# FAIR: partial: the assignment asks for one child; "the child runs in a process of its own"
# (exactly 1) fails and what depends on it. A teacher would still credit the parent pid and
# the argument 'test': maybe 2-3/11.
import os
from multiprocessing import Process


def child_proc(name):
    print(f'Run child process {name} ({os.getpid()})...')


if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    procs = [Process(target=child_proc, args=(n,)) for n in ('test', 'test2', 'test3')]
    print('Process will start.')
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('Process end.')
