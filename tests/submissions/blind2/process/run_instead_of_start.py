# Learner: called p.run() instead of p.start(): the function runs in the parent, no
# child process is made.
# Fair grade: "the child runs in a process of its own" FAILS (and every check that needs
# it is skipped / fails); "the parent prints its own pid" passes; "the child gets its
# argument" passes at best (the word is right, but it is printed by the parent).
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.run()
    print('Process end.')
