# Learner: concurrent.futures.ProcessPoolExecutor(max_workers=4) as a context manager with
# executor.map over range(5); the worker prints the asked lines; progress goes to stderr with
# logging ("submitting", "all results collected: [0, 1, 4, 9, 16]").
# FAIR GRADE: 17.5/17.5 (or 16.5 if writing to stderr costs the "only the assignment's lines"
# point; logging to stderr is not "printing" other lines, so 17.5 is fair).
import os
import time
import logging
from concurrent.futures import ProcessPoolExecutor

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(message)s")

def long_time_task(i):
    print(f"Run task {i} (pid:{os.getpid()})...", flush=True)
    time.sleep(0.5)
    print(f"Task {i} result is: {i * i}", flush=True)
    return i * i

if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    with ProcessPoolExecutor(max_workers=4) as ex:
        logging.info("submitting 5 tasks")
        results = ex.map(long_time_task, range(5))
        print("Waiting for all subprocesses done...")
        results = list(results)
    logging.info("all results collected: %s", results)
    print("All subprocesses done.")
