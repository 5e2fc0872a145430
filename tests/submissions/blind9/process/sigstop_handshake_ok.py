# Student (OS course, knows job control): makes the order certain with SIGSTOP/SIGCONT: the
# child stops itself first thing; main waits until it is stopped (waitpid WUNTRACED), prints
# "Process will start.", then continues it with SIGCONT and joins it. Run normally the
# child's line always comes after "Process will start.".
# FAIR: full marks 11/11.
import os
import signal
from multiprocessing import Process


def child_proc(name):
    os.kill(os.getpid(), signal.SIGSTOP)      # wait for the parent's go
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    p.start()
    os.waitpid(p.pid, os.WUNTRACED)           # returns once the child is stopped
    print('Process will start.')
    os.kill(p.pid, signal.SIGCONT)
    p.join()
    print('Process end.')
