# LEARNER: modern Linux API: os.pidfd_open(pid) + select.poll() until the child has ended, then
# os.waitpid(pid, 0) to reap it. Lines exact.
# FAIR GRADE: 16.5/16.5 (full).
import os
import select

pid = os.fork()
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
fd = os.pidfd_open(pid)
poller = select.poll()
poller.register(fd, select.POLLIN)
poller.poll()
os.waitpid(pid, 0)
os.close(fd)
