# A wrong submission: no pool at all. Every task runs in the parent, which prints made-up
# pids so that the output looks like the tutorial's.
import os
import random
import time


def long_time_task(name, fake_pid):
    print('Run task %s (pid:%s)...' % (name, fake_pid))
    time.sleep(0.05)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    fake_pids = [os.getpid() + random.randint(1, 50) for _ in range(4)]
    print('Waiting for all subprocesses done...')
    for i in range(5):
        long_time_task(i, fake_pids[i % 4])
    print('All subprocesses done.')
