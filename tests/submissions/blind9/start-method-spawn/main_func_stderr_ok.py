# Student: correct: a main() function, set_start_method('spawn', force=True), debug lines on
# stderr through logging, %-format.
# FAIR: full marks 7/7.
import logging
import os
import random
import multiprocessing

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(message)s")
num = random.randint(0, 100)


def show_num():
    logging.debug("child imported the module again")
    print("pid:%s, num is %s" % (os.getpid(), num))


def main():
    multiprocessing.set_start_method("spawn", force=True)
    print("pid:%s, num is %s" % (os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    logging.debug("starting child")
    p.start()
    p.join()
    logging.debug("child exit code %s", p.exitcode)


if __name__ == "__main__":
    main()
