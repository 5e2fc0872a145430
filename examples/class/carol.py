# A wrong submission: the "child" is a plain function call in the parent.
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    print('Process will start.')
    run_proc('test')
    print('Process end.')
