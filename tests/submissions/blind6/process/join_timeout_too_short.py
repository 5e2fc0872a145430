# Learner (WRONG): p.join(timeout=0.1) "so it can't hang", while the child sleeps 0.5 s before
# printing; "Process end." comes before the child's line. Debug line
# "DEBUG: join returned, alive=True". (Python's exit handler joins the child later, so it
# still ends by itself.)
# FAIR GRADE: 9/11 (fails "`Process end.` comes after the child's line: join waits").
import os
import time
from multiprocessing import Process

def run_proc(name):
    time.sleep(0.5)
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join(timeout=0.1)
    print('DEBUG: join returned, alive=%s' % p.is_alive())
    print('Process end.')
