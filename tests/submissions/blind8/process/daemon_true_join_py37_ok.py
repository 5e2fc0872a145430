# LEARNER: Process(target=..., args=('test',), daemon=True) (3.3+ keyword), f-strings,
# but does start() and join() properly, so the daemon flag changes nothing.
# TARGET: Python 3.7.
# FAIR: 11/11 (full).
from multiprocessing import Process
import os


def run_proc(name):
    print(f'Run child process {name} ({os.getpid()})...')


if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Process(target=run_proc, args=('test',), daemon=True)
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
