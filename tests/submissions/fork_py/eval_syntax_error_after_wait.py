# wrong: right until the end, where the parent evaluates a sum typed by hand that is not
# Python: the SyntaxError is raised while the program runs (with a traceback), a crash of
# main after its work, not a file Python refused.
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    os._exit(0)
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
    print(eval('1 +'))
