from concurrent.futures import ProcessPoolExecutor
import os

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    print('Process will start.')
    with ProcessPoolExecutor(max_workers=1) as ex:
        ex.submit(run_proc, 'test').result()
    print('Process end.')
