from multiprocessing import Process
import os

def run_proc(name):
    print(f'Run child process {name} ({os.getpid})...')

if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.')
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
