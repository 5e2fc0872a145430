# LEARNER: makes ctx = multiprocessing.get_context('spawn') but then creates the child with
# multiprocessing.Process (the default context: fork on Linux/3.11), so the spawn context is
# never used. Output looks fine (numbers may even differ? no: under fork they are equal).
# FAIR GRADE: 5.5/7.5 -- fail "the spawned child executes a new interpreter" (2).
import multiprocessing
import os, random

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    ctx = multiprocessing.get_context('spawn')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
