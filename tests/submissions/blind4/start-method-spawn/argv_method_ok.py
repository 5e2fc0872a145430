# Learner: takes the start method from sys.argv, defaulting to spawn; the grader runs it
# with no argument, so spawn. Uses print(*args, sep='').
# Fair grade: full marks.
import os
import random
import sys
import multiprocessing as mp

num = random.randint(0, 100)

def show():
    print('pid:', os.getpid(), ', num is ', num, sep='')

if __name__ == '__main__':
    method = sys.argv[1] if len(sys.argv) > 1 else 'spawn'
    mp.set_start_method(method)
    show()
    p = mp.Process(target=show)
    p.start()
    p.join()
