# LEARNER: the child sends its pid and num back through a Queue and the PARENT prints the child's
# line ("pid:<child>, num is <child's num>"); the child prints nothing.
# FAIR GRADE: 6.5/7.5 -- fail "the child prints its own pid and its number" (1). The exec check
# passes (spawn), the child exits 0.
import multiprocessing as mp
import os, random

num = random.randint(0, 100)

def show(q):
    q.put((os.getpid(), num))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('pid:%d, num is %d' % (os.getpid(), num))
    q = mp.Queue()
    p = mp.Process(target=show, args=(q,))
    p.start()
    cpid, cnum = q.get()
    p.join()
    print('pid:%d, num is %d' % (cpid, cnum))
