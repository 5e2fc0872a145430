# LEARNER: instead of join, the parent waits for a SIGUSR1 that the child sends after printing
# its line (signal.pause()); then prints "Process end." and exits without join (Python's exit
# handler joins the child afterwards).
# FAIR GRADE: 9/11 -- fail the join check (2): the assignment asks for join, the order comes from
# the signal. Everything else passes.
from multiprocessing import Process
import os, signal

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    os.kill(os.getppid(), signal.SIGUSR1)

got = []
def handler(signum, frame):
    got.append(signum)

if __name__ == '__main__':
    signal.signal(signal.SIGUSR1, handler)
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    while not got:
        signal.pause()
    print('Process end.')
