# Student: correct exercise, plus code copied from a "how to daemonize" page: the child
# double-forks a background grandchild (setsid) that sleeps 40 s "as a service", then the
# child exits normally. main waits for the child and exits: the program ends at once.
# FAIR: full marks on the exercise's checks (16.5/16.5), maybe an orphan note; the grader must
# not wait 40 s, and must not leave the grandchild running after grading.
import os
import time

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(40)
        os._exit(0)
    os._exit(0)
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
