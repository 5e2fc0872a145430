# Learner: used a threading.Thread as the "child"; the thread prints the child line with
# os.getpid() (the same process!) and os.getppid() (main's parent). Joins the thread.
# Fair grade: there is no child process: fail "there is a child process" and everything
# about the child and the wait: about 2-3/14.5.
import os
import threading


def child():
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))


t = threading.Thread(target=child)
t.start()
print("I (%d) just created a child process (%d)." % (os.getpid(), t.native_id))
t.join()
