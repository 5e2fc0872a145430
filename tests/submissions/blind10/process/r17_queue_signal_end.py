from multiprocessing import Process, Queue
import os

def run_proc(name, q):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    q.put('done')

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    q = Queue()
    p = Process(target=run_proc, args=('test', q))
    print('Process will start.')
    p.start()
    q.get()          # wait for the child's message instead of join
    print('Process end.')
