# Learner: used concurrent.futures.ProcessPoolExecutor(max_workers=1) instead of Process;
# waits with future.result() and prints `Process end.` INSIDE the with block (before the
# executor's shutdown joins its worker).
# Fair grade: the child's line is guaranteed before `Process end.` (result() returns after
# the function ran), but there is no join of the child: the assignment's join check
# ("join waits for the child") is arguably not met: 9/11, or full for a lenient teacher.
from concurrent.futures import ProcessPoolExecutor
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    return 0


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    with ProcessPoolExecutor(max_workers=1) as ex:
        print('Process will start.')
        fut = ex.submit(run_proc, 'test')
        fut.result()
        print('Process end.')
