# Student: correct program with a debug first line "[debug] running as <user>" from
# getpass.getuser(). Works on any normal machine.
# FAIR: full marks 11/11 (if the grader's user has no name, the report should say the crash
# came from the grader's environment, not the student's logic).
import getpass
import os
from multiprocessing import Process


def child_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('[debug] running as %s' % getpass.getuser())
    print('Parent process %s.' % os.getpid())
    p = Process(target=child_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
