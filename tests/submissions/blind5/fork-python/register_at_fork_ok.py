# LEARNER: prints the child's line from an os.register_at_fork(after_in_child=...) hook, then the
# child returns normally through `if pid == 0: os._exit(0)`. The parent uses os.wait3(0).
# FAIR GRADE: 16.5/16.5 (full; the child prints its own line, just from a hook).
import os

def hello():
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))

os.register_at_fork(after_in_child=hello)
pid = os.fork()
if pid == 0:
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
os.wait3(0)
