# Learner: functools.partial binds the name; Process has no args=.
# Fair grade: full marks.
import os
from functools import partial
from multiprocessing import Process

def run_proc(name):
    print(f'Run child process {name} ({os.getpid()})...')

if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Process(target=partial(run_proc, 'test'))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
