# LEARNER: the child function starts a threading.Thread that prints the child's line and joins it
# ("practising threads too"). Parent: start, join, Process end.
# FAIR GRADE: 11/11 (full; the child process prints its line, from a thread).
from multiprocessing import Process
import os, threading

def run_proc(name):
    t = threading.Thread(target=lambda: print('Run child process %s (%s)...' % (name, os.getpid())))
    t.start()
    t.join()

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
