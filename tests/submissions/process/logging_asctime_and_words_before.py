# A learner's logging with the format from a tutorial (time, logger and level before each
# message), and one line with a word of its own before the assignment's text.
import logging
import os
from multiprocessing import Process

logging.basicConfig(level=logging.INFO, format="%(asctime)s - %(name)s - %(levelname)s - %(message)s")
log = logging.getLogger("demo")


def run_proc(name):
    print("Run child process %s (%s)..." % (name, os.getpid()), flush=True)


if __name__ == "__main__":
    log.info("Parent process %s.", os.getpid())
    p = Process(target=run_proc, args=("test",))
    print("Now Process will start.", flush=True)
    p.start()
    p.join()
    log.info("Process end.")
