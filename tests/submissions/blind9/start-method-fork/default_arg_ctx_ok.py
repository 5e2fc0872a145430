# Student: correct: get_context('fork'), num bound as a default argument, %-format,
# print(..., flush=True), a debug line on stderr, sys.exit(0) at the end.
# FAIR: full marks 9/9.
import os
import sys
import random
import multiprocessing

num = random.SystemRandom().randint(0, 100)


def show_num(n=num):
    print("pid:%d, num is %d" % (os.getpid(), n), flush=True)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    print("pid:%d, num is %d" % (os.getpid(), num), flush=True)
    print("starting child with fork", file=sys.stderr)
    child = ctx.Process(target=show_num)
    child.start()
    child.join()
    sys.exit(0)
