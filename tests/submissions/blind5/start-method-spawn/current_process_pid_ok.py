# LEARNER: prints the pid via multiprocessing.current_process().pid instead of os.getpid();
# spawn via get_context; f-strings.
# FAIR GRADE: 7.5/7.5 (full).
import multiprocessing as mp
import random

num = random.randint(0, 100)

def show():
    print(f'pid:{mp.current_process().pid}, num is {num}')

if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    print(f'pid:{mp.current_process().pid}, num is {num}')
    p = ctx.Process(target=show)
    p.start()
    p.join()
