import multiprocessing
import os

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

multiprocessing.set_start_method('spawn', force=True)   # to be like Windows
print('Parent process %s.' % os.getpid())
p = multiprocessing.Process(target=run_proc, args=('test',))
print('Process will start.')
p.start()
p.join()
print('Process end.')
