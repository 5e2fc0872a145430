from multiprocessing import Process
import os, sys

def run_proc(name):
    print('Run child process', name, end=' ')
    sys.stdout.write('(%d)' % os.getpid())
    print('...')

if __name__ == '__main__':
    print('Parent process', str(os.getpid()) + '.')
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
