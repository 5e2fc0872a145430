# Learner: used multiprocessing.Process instead of os.fork (Linux forks under it); the
# parent prints p.pid and joins.
# Fair grade: behaviour is the same (a forked child, its pid, the wait): every check
# passes; a teacher might note that os.fork was asked.
import os
from multiprocessing import Process


def child():
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))


if __name__ == '__main__':
    p = Process(target=child)
    p.start()
    print('I (%s) just created a child process (%s).' % (os.getpid(), p.pid))
    p.join()
