from multiprocessing import Process
import os

def run_proc(name):
    print("[child] Run child process %s (pid=%s)..." % (name, os.getpid()))

if __name__ == '__main__':
    print("[parent] Parent process %s." % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print("Process will start.")
    p.start()
    p.join()
    print("Process end.")
