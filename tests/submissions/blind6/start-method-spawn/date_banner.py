# Learner: a banner from subprocess.run(["date"]) at the start, then the spawn program
# exactly (set_start_method('spawn') in the main guard).
# FAIR GRADE: 7.5/7.5 (the date process is not the child of the exercise).
import os
import random
import subprocess
import multiprocessing as mp

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    subprocess.run(['date'])
    mp.set_start_method('spawn')
    show()
    p = mp.Process(target=show)
    p.start()
    p.join()
