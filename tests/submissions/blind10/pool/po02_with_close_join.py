from multiprocessing import Pool
import os, time

def long_time_task(name):
    print(f'Run task {name} (pid:{os.getpid()})...')
    time.sleep(0.3)
    print(f'Task {name} result is: {name * name}')

if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    with Pool(4) as p:
        for i in range(5):
            p.apply_async(long_time_task, (i,))
        print('Waiting for all subprocesses done...')
        p.close()
        p.join()
    print('All subprocesses done.')
