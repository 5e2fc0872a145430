import os, threading

def child():
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))

t = threading.Thread(target=child)
t.start()
print('I (%s) just created a child process (%s).' % (os.getpid(), t.native_id))
t.join()
