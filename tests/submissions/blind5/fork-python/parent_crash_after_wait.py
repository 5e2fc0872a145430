# LEARNER: correct fork/print/wait, then tries to decode the status from os.wait()'s tuple as if
# it were an int: `status >> 8` on a tuple -> TypeError in the parent at the very end.
# FAIR GRADE: 15/16.5 -- all behaviour checks pass; the format check ("runs to its end") is lost
# because main ends with an exception.
import os

pid = os.fork()
if pid == 0:
    print("I am child process ({}) and my parent is ({}).".format(os.getpid(), os.getppid()))
    os._exit(0)
print("I ({}) just created a child process ({}).".format(os.getpid(), pid))
status = os.wait()
print("child exit code", status >> 8)
