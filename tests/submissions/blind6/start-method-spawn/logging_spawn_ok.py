# Learner: get_context('spawn'), logging to stderr in both processes ("parent drew num=..",
# "child imported the module again"), f-strings; join.
# FAIR GRADE: 7.5/7.5.
import os
import random
import logging
import multiprocessing as mp

logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(process)d] %(message)s")
num = random.randint(0, 100)

def show():
    print(f"pid:{os.getpid()}, num is {num}", flush=True)

def child():
    logging.info("child imported the module again, num=%d", num)
    show()

if __name__ == "__main__":
    logging.info("parent drew num=%d", num)
    ctx = mp.get_context("spawn")
    show()
    p = ctx.Process(target=child)
    p.start()
    p.join()
    logging.info("child exitcode %s", p.exitcode)
