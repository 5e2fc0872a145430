# Student: the child sends (pid, num) back through a Queue and the PARENT prints both
# lines; the child prints nothing.
# FAIR: low-partial: the child's line is not printed by the child. Parent line (1), child
# exists (2), made by parent (1), no exec (1), exit (1) might pass: ~6/9 at most; "the child
# prints its own pid" and "sees the parent's number" should fail. Teacher: ~5/9.
import random
import os
from multiprocessing import Process, Queue

num = random.randint(0, 100)


def show_num(q):
    q.put((os.getpid(), num))


if __name__ == "__main__":
    q = Queue()
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = Process(target=show_num, args=(q,))
    p.start()
    cpid, cnum = q.get()
    p.join()
    print("pid:{}, num is {}".format(cpid, cnum))
