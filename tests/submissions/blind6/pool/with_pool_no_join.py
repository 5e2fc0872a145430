# Learner (WRONG): `with Pool(4) as p:` and apply_async, then leaves the with-block without
# close()/join() ("the with closes it"); Pool.__exit__ calls terminate(), so the workers are
# killed while the tasks sleep: no result line, "All subprocesses done." comes right away.
# Debug line "DEBUG: submitted 5 tasks".
# FAIR GRADE: about 9/17.5: no result lines (-1 every task prints its result), no overlap of
# finished tasks (-2 parallel), the done line is not after the results (-2), likely not all
# run lines (-2 every task runs once), and the format check (extra line) -1.
import os
import time
from multiprocessing import Pool

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(1)
    print('Task %s result is: %s' % (i, i * i))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with Pool(4) as p:
        for i in range(5):
            p.apply_async(long_time_task, args=(i,))
        print('DEBUG: submitted 5 tasks')
        print('Waiting for all subprocesses done...')
    print('All subprocesses done.')
