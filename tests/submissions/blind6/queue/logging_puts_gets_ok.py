# Learner: exact lines on stdout with f-strings and flush=True; the logging module narrates
# on stderr in its own words: "writer: putting 1", "reader: got 1 from the queue",
# "reader: got the sentinel, stopping". Reader stops at a sentinel -1.
# FAIR GRADE: 12/12.
import logging
from multiprocessing import Process, Queue

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")

def writer(q):
    for n in (1, 2, 3):
        print(f"write, {n}", flush=True)
        logging.debug(f"writer: putting {n}")
        q.put(n)
    q.put(-1)

def reader(q):
    while True:
        n = q.get()
        if n == -1:
            logging.debug("reader: got the sentinel, stopping")
            break
        logging.debug(f"reader: got {n} from the queue")
        print(f"read, {n}", flush=True)

if __name__ == "__main__":
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print("DONE", flush=True)
