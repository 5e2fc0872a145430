# Learner: low-level style: os.write(1, ...) for the asked lines and os.write(2, ...) for
# "[child]"/"[parent]" progress messages; the child ends with os._exit(0), the parent loops
# on os.waitpid(-1, 0) until ChildProcessError.
# FAIR GRADE: 16.5/16.5 (nothing wrong).
import os

def say(fd, text):
    os.write(fd, (text + "\n").encode())

pid = os.fork()
if pid == 0:
    say(2, "[child] started")
    say(1, "I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    say(2, "[child] exiting")
    os._exit(0)
say(1, "I (%d) just created a child process (%d)." % (os.getpid(), pid))
while True:
    try:
        done, st = os.waitpid(-1, 0)
        say(2, "[parent] reaped %d" % done)
    except ChildProcessError:
        break
say(2, "[parent] no more children")
