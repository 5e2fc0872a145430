import os
from multiprocessing import Process


def run_proc(name):
    print(f'Run child process {name} ({os.getpid():07d})...')


if __name__ == '__main__':
    print(f'Parent process {os.getpid():07d}.')
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
