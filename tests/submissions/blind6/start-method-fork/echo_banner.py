# Learner: prints a banner with subprocess.run(["echo", "start method demo"]) before the
# exercise, then the fork-context program exactly (ctx = get_context('fork')).
# FAIR GRADE: 10/10 (the banner process is not the child of the exercise).
import os
import random
import subprocess
import multiprocessing as mp

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    subprocess.run(['echo', 'start method demo'])
    ctx = mp.get_context('fork')
    show()
    p = ctx.Process(target=show)
    p.start()
    p.join()
