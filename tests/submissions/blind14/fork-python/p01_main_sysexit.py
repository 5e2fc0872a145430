import os
import sys


def main():
    pid = os.fork()
    if pid < 0:
        print('Fail to create process')
        return 1
    if pid == 0:
        print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
        return 0
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    _, status = os.waitpid(pid, 0)
    return 0


if __name__ == '__main__':
    sys.exit(main())
