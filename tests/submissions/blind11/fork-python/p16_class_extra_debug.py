import os
import sys


class Forker:
    def __init__(self):
        self.pid = None

    def run(self):
        print("DEBUG: about to fork")
        self.pid = os.fork()
        if self.pid == 0:
            self.as_child()
            sys.exit(0)
        self.as_parent()

    def as_child(self):
        print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))

    def as_parent(self):
        print("I (%d) just created a child process (%d)." % (os.getpid(), self.pid))
        pid, status = os.wait()
        print("DEBUG: child %d finished with status %d" % (pid, status))


if __name__ == "__main__":
    Forker().run()
