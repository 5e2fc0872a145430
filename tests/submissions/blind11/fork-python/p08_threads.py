import os
import threading

def child():
    # a thread is a lightweight process, right?
    print('I am child process (%s) and my parent is (%s).' % (threading.get_native_id(), os.getpid()))

t = threading.Thread(target=child)
t.start()
print('I (%s) just created a child process (%s).' % (os.getpid(), t.native_id))
t.join()
