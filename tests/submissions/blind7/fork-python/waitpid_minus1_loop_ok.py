# Learner: "wait for every child" loop: while True: try os.waitpid(-1, 0) except
# ChildProcessError: break. Typed helper functions, .format().
# FAIR: 16.5/16.5.
import os


def child() -> None:
    print("I am child process ({}) and my parent is ({}).".format(os.getpid(), os.getppid()))
    os._exit(0)


def reap_all() -> int:
    n = 0
    while True:
        try:
            os.waitpid(-1, 0)
            n += 1
        except ChildProcessError:
            return n


def main() -> None:
    pid = os.fork()
    if pid == 0:
        child()
    print("I ({}) just created a child process ({}).".format(os.getpid(), pid))
    reap_all()


if __name__ == "__main__":
    main()
