import os, sys

def main():
    pid = os.fork()
    if pid == 0:
        sys.stdout.write("I am child process ({}) and my parent is ({}).\n".format(os.getpid(), os.getppid()))
        sys.stdout.flush()
        os._exit(0)
    sys.stdout.write("I ({}) just created a child process ({}).\n".format(os.getpid(), pid))
    _, status = os.waitpid(pid, 0)

if __name__ == "__main__":
    main()
