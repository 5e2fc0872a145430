# Learner: copied a Windows tutorial's get_context('spawn') but left the code at module
# level with no `if __name__ == '__main__':`. Each spawned worker re-imports the module,
# tries to make a Pool itself and dies with the bootstrapping RuntimeError; the pool keeps
# replacing dead workers and the program never finishes (stopped by the grader).
# Fair grade: ~0-2/17.5 (main's pid line at most), and the report should say it did not end.
import os
import time
import multiprocessing as mp

def long_time_task(i):
    print('Run task %s (pid:%s)...' % (i, os.getpid()))
    time.sleep(0.5)
    print('Task %s result is: %s' % (i, i * i))

ctx = mp.get_context('spawn')
print('Parent process %s.' % os.getpid())
p = ctx.Pool(4)
for i in range(5):
    p.apply_async(long_time_task, args=(i,))
print('Waiting for all subprocesses done...')
p.close()
p.join()
print('All subprocesses done.')
