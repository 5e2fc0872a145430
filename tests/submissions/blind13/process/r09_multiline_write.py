from multiprocessing import Process
import os
import sys

def run_proc(name):
    sys.stdout.write('Run child process %s (%s)...\n' % (name, os.getpid()))

if __name__ == '__main__':
    sys.stdout.write('Parent process %s.\nProcess will start.\n' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    p.start()
    p.join()
    sys.stdout.write('Process end.\n')
