import os
if os.fork() == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    # calls fork again to "get" the child's pid
    print('I (%s) just created a child process (%s).' % (os.getpid(), os.fork()))
    os.wait()
