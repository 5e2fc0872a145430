# LEARNER: adds the exit code to the end line: "Process end. (exit code 0)" and the parent line
# "Parent process 123. Starting..." -- extra text after the expected lines.
# FAIR GRADE: 10-11/11 -- behaviour perfect; at most the format check.
from multiprocessing import Process
import os

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s. Starting...' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end. (exit code %d)' % p.exitcode)
