# correct-variant: lowercase, .format(), plus debug lines (exitcode, ppid)
import os
from multiprocessing import Process


def child_proc(name):
    print("run child process {} ({})...".format(name, os.getpid()))
    print("debug ppid", os.getppid())


if __name__ == "__main__":
    print("parent process {}.".format(os.getpid()))
    p = Process(target=child_proc, args=("test",))
    print("process will start.")
    p.start()
    p.join()
    print("debug exitcode", p.exitcode)
    print("process end.")
