# LEARNER: creates the Process but never calls start(); prints the child's line from main with
# a made-up pid (os.getpid() + 1), then "Process end.".
# FAIR GRADE: ~1-2/11 -- the parent's pid line (1) and maybe the format (1); every check about
# the child must fail or be skipped (the argument check should not be earned by main's fake
# line).
from multiprocessing import Process
import os

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    print('Run child process %s (%s)...' % ('test', os.getpid() + 1))
    print('Process end.')
