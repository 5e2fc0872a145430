# LEARNER: the child calls os._exit(1) after printing ("1 = success" confusion). Fork context,
# join.
# FAIR GRADE: 9/10 -- only "the child ends by itself (exit 0)" fails.
import multiprocessing as mp
import os, random, sys

num = random.randint(0, 100)

def show():
    print(f'pid:{os.getpid()}, num is {num}')
    sys.stdout.flush()
    os._exit(1)

if __name__ == '__main__':
    mp.set_start_method('fork')
    print(f'pid:{os.getpid()}, num is {num}')
    p = mp.Process(target=show)
    p.start()
    p.join()
