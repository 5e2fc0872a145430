# Student: after the tutorial's program, adds p.close() and then prints p.exitcode:
# ValueError ("process object is closed") in main AFTER "Process end.".
# FAIR: 11/11 on the checks (everything asked happened); the report should mention main's
# crash (ValueError) as a note/mistake.
import os
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
    p.close()
    print('exit code:', p.exitcode)
