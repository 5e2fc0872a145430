# Learner: the child prints its line and then asks `input("name? ")` for debugging; a
# multiprocessing child's stdin is /dev/null, so input() raises EOFError: the child exits 1.
# Fair grade: fail "the child ends by itself (exit 0)" (1): 10/11.
import os
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    extra = input('name? ')
    print('got', extra)

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
