# LEARNER: the wrong process prints "Process end.": the child prints it after its own line
# (the learner thinks "the process" = the child); main starts and joins but prints no end line.
# FAIR GRADE: 9/11 -- fail "`Process end.` comes after the child's line: join waits for the
# child" (2), because main never prints it. Everything else passes.
from multiprocessing import Process
import os

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    print('Process end.')

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
