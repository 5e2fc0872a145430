# Student: correct, .format(), comments, a main() function, os.waitstatus_to_exitcode
# (3.9+), explicit os._exit(0) in the child, an extra summary line at the end.
# FAIR: full marks 15/15.
import os
import sys


def main():
    pid = os.fork()          # returns twice
    if pid == 0:
        # child
        print("I am child process ({}) and my parent is ({}).".format(os.getpid(), os.getppid()))
        sys.stdout.flush()
        os._exit(0)
    # parent
    print("I ({}) just created a child process ({}).".format(os.getpid(), pid))
    _, status = os.waitpid(pid, 0)
    print("child finished with code {}".format(os.waitstatus_to_exitcode(status)))


if __name__ == "__main__":
    main()
