# LEARNER: concurrent.futures.ProcessPoolExecutor(max_workers=4), submit + as_completed,
# "Task i result is" printed by the worker, main prints done after the with-block.
# FAIR GRADE: 17.5/17.5 (full).
from concurrent.futures import ProcessPoolExecutor, as_completed
import os, time

def task(i):
    print(f'Run task {i} (pid:{os.getpid()})...')
    time.sleep(0.5)
    print(f'Task {i} result is: {i * i}')
    return i * i

if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    with ProcessPoolExecutor(max_workers=4) as ex:
        futs = [ex.submit(task, i) for i in range(5)]
        print('Waiting for all subprocesses done...')
        for f in as_completed(futs):
            f.result()
    print('All subprocesses done.')
