# Learner: no `if __name__ == '__main__':` guard at all (works under Linux's fork
# default on 3.11), everything at module level, tasks sleep 0.5.
# FAIR: 17.5/17.5 (the guard matters for spawn, not here).
from multiprocessing import Pool
import os, time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))


print('Parent process %s.' % os.getpid())
p = Pool(4)
for i in range(5):
    p.apply_async(long_time_task, args=(i,))
print('Waiting for all subprocesses done...')
p.close()
p.join()
print('All subprocesses done.')
