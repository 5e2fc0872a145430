# Student: the child pauses itself with SIGSTOP ("so I can look at it with ps") and nobody
# sends SIGCONT: run normally, the parent's os.wait() never returns and the program hangs.
# FAIR: not full: the parent never reaps the child (lose wait 1, ppid 2, exit 1, format):
# ~11/16.5, ending timed out.
import os
import signal

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    os.kill(os.getpid(), signal.SIGSTOP)
    os._exit(0)
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
