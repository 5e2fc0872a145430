# Learner: read that join() "blocks the program", so joins the child in a helper thread and
# then waits for that thread (t.join()) before `Process end.`. The child is reaped before
# `Process end.` in every run.
# Fair grade: full marks (11/11). (Schedule-dependent: graded 4 times.)
import os
import threading
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    t = threading.Thread(target=p.join)
    t.start()
    t.join()
    print('Process end.')
