# Learner: ctx = get_context('spawn'); `with ctx.Pool(4) as p:` + apply_async, then close()
# and join() inside the with-block; every line goes through a helper that prefixes
# "[HH:MM:SS] " and uses print(..., flush=True).
# FAIR GRADE: 17.5/17.5 (the asked lines are there verbatim after the prefix; a strict
# teacher might take the format point: 16.5 acceptable).
import os
import time
import multiprocessing as mp

def say(msg):
    print(time.strftime("[%H:%M:%S] ") + msg, flush=True)

def long_time_task(i):
    say(f"Run task {i} (pid:{os.getpid()})...")
    time.sleep(0.4)
    say(f"Task {i} result is: {i * i}")

if __name__ == "__main__":
    say(f"Parent process {os.getpid()}.")
    ctx = mp.get_context("spawn")
    with ctx.Pool(4) as p:
        for i in range(5):
            p.apply_async(long_time_task, (i,))
        say("Waiting for all subprocesses done...")
        p.close()
        p.join()
    say("All subprocesses done.")
