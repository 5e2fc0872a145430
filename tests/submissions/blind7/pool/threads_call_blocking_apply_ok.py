# Learner: "apply_async is confusing", so starts 5 threads in main, each calling the
# BLOCKING pool.apply(task, (i,)). The tasks still run on the 4 pool workers, up to 4 at
# once (the threads wait concurrently). Then close/join/done.
# FAIR: 17.5/17.5: tasks really run in parallel in the workers (apply vs apply_async is
# about parallelism, which is achieved).
import os
import threading
import time
from multiprocessing import Pool


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    ts = [threading.Thread(target=p.apply, args=(long_time_task, (i,))) for i in range(5)]
    for t in ts:
        t.start()
    print('Waiting for all subprocesses done...')
    for t in ts:
        t.join()
    p.close()
    p.join()
    print('All subprocesses done.')
