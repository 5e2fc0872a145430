# LEARNER: passes the argument by keyword: Process(target=run_proc, kwargs={'name': 'test'}),
# names the process too (name='worker-1'); f-strings.
# FAIR GRADE: 11/11 (full).
from multiprocessing import Process
import os

def run_proc(name):
    print(f'Run child process {name} ({os.getpid()})...')

if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Process(target=run_proc, kwargs={'name': 'test'}, name='worker-1')
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
