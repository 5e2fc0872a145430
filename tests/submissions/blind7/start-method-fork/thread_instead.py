# Learner (WRONG): threading.Thread instead of a Process ("threads share globals, like
# fork"). Both lines come from one process with the same pid.
# FAIR: ~2/10: parent pid (1) and format (1) pass; the child checks fail (2+1+1+1+2+1).
import os
import random
import threading

num = random.randint(0, 100)


def show():
    print('pid:%s, num is %s' % (os.getpid(), num))


if __name__ == '__main__':
    show()
    t = threading.Thread(target=show)
    t.start()
    t.join()
