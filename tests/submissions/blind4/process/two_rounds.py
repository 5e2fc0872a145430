# Learner: does the exercise twice in one file (a for loop around the whole thing), each
# round right: start a child with 'test', join it, print `Process end.`.
# Fair grade: everything is right in each round; at most the "one child" count (2) is lost:
# ~9-11/11.
import os
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    for round_no in range(2):
        p = Process(target=run_proc, args=('test',))
        print('Process will start.')
        p.start()
        p.join()
        print('Process end.')
