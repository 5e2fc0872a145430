from multiprocessing import Process
import os

def run_proc(name):
    print('Run child process {} (PID {})...'.format(name, os.getpid()))

if __name__ == '__main__':
    print('Parent process {}.'.format(os.getpid()))
    p = Process(target=run_proc, kwargs={'name': 'test'})
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
