# Learner: the parent prints its line after the child finished; the child is a Process
# subclass; fork context object.
# Fair grade: full marks.
import multiprocessing as mp
import os
import random

num = random.randint(0, 100)


class ShowNum(mp.get_context('fork').Process):
    def run(self):
        print('pid:%s, num is %s' % (os.getpid(), num))


if __name__ == '__main__':
    child = ShowNum()
    child.start()
    child.join()
    print('pid:%s, num is %s' % (os.getpid(), num))
