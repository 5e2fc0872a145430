# LEARNER: after printing its line the child "peeks" at memory with ctypes.string_at(0) (a
# leftover experiment) -> the child dies of SIGSEGV. The parent joins it and prints its end.
# FAIR GRADE: 10/11 -- only "the child ends by itself (exit 0), not killed or crashed" fails.
from multiprocessing import Process
import ctypes, os, sys

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    sys.stdout.flush()
    ctypes.string_at(0)

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
