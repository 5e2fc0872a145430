# Learner: instead of join(), waits with `while p.is_alive(): time.sleep(0.05)`.
# is_alive() reaps the child (waitpid WNOHANG) once it has ended, so `Process end.` comes
# after the child ended in every run.
# Fair grade: full marks, maybe a remark to use join (behaviourally it waits for the child).
from multiprocessing import Process
import os
import time


def run_proc(name):
    time.sleep(0.2)
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    while p.is_alive():
        time.sleep(0.05)
    print('Process end.')
