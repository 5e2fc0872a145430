# Student: args=(i) instead of args=(i,): each task raises TypeError in the worker
# ("foo() argument after * must be an iterable, not int"), swallowed since no .get().
# FAIR: ~2/16, same as no task at all. The report ideally hints that tasks never ran.
import os, time
from multiprocessing import Pool


def foo(x):
    print(f'Run task {x} (pid:{os.getpid()})...')
    time.sleep(2)
    print(f'Task {x} result is: {x * x}')


if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Pool(4)
    for i in range(5):
        p.apply_async(foo, args=(i))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
