# LEARNER: everything inside a main() function, sys.stdout.write with %-formatting, spawn chosen
# with multiprocessing.set_start_method('spawn') inside main(); the child is a Process subclass
# defined at module level with run().
# FAIR GRADE: 7.5/7.5 (full).
import multiprocessing
import os
import random
import sys

num = random.randint(0, 100)

class Show(multiprocessing.Process):
    def run(self):
        sys.stdout.write('pid:%d, num is %d\n' % (os.getpid(), num))
        sys.stdout.flush()

def main():
    multiprocessing.set_start_method('spawn')
    sys.stdout.write('pid:%d, num is %d\n' % (os.getpid(), num))
    sys.stdout.flush()
    p = Show()
    p.start()
    p.join()

if __name__ == '__main__':
    main()
