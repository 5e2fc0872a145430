from multiprocessing import Process
import os, time

def log(msg):
    print('%s [INFO] %s' % (time.strftime('%H:%M:%S'), msg))

def run_proc(name):
    log('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    log('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    log('Process will start.')
    p.start()
    p.join()
    log('Process end.')
