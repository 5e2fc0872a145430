# Learner: prints the date as a banner with subprocess.run(["date"]) before anything else
# ("my teacher wants a timestamp on every run"), then the seed program exactly.
# FAIR GRADE: 11/11 (the date process is not the child of the exercise).
import os
import subprocess
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    subprocess.run(["date"])
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
