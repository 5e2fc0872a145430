# LEARNER: p.daemon = True and no join(); the child sleeps 0.2 s then prints. The parent prints
# "Process end." and exits, which terminates the daemon child before it prints (usually).
# FAIR GRADE: a fixed grade every run; a fair teacher: lose the join check (2) and the exit
# check (1, the child is killed) -> 8/11; if the child line never appears also its pid/arg/
# order checks -> ~5/11. It must be the same in every run.
from multiprocessing import Process
import os, time

def run_proc(name):
    time.sleep(0.2)
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    p.daemon = True
    print('Process will start.')
    p.start()
    print('Process end.')
