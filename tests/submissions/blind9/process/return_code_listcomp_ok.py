# Student: correct; list comprehensions for start/join (one process), the child function
# returns 1 (learner thinks it is the exit code; it is not: exitcode stays 0), debug line
# with the exitcode.
# FAIR: full marks 11/11.
import os
import multiprocessing as mp


def child_proc(name):
    print("Run child process {0} ({1})...".format(name, os.getpid()))
    return 1


if __name__ == "__main__":
    print("Parent process {0}.".format(os.getpid()))
    workers = [mp.Process(target=child_proc, args=("test",))]
    print("Process will start.")
    [w.start() for w in workers]
    [w.join() for w in workers]
    print("Process end.")
    print("[debug] exitcode =", workers[0].exitcode)
