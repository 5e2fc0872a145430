# LEARNER: a debug line in the task: "  sleeping 0.5 s" (indented) printed by the worker.
# Otherwise the seed program.
# FAIR GRADE: 16.5/17.5 -- only "the program prints only the assignment's lines" fails.
from multiprocessing import Pool
import os, time

def task(i):
    print(f'Run task {i} (pid:{os.getpid()})...')
    print('  sleeping 0.5 s')
    time.sleep(0.5)
    print(f'Task {i} result is: {i * i}')

if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, (i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
