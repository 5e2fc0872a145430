# Learner: builds each line from pieces with print's sep="" and end=".\n"; os.wait() returns
# (pid, status) and the parent checks it.
# Fair grade: full marks.
import os

pid = os.fork()
if pid == 0:
    print("I am child process (", os.getpid(), ") and my parent is (", os.getppid(), ")", sep="", end=".\n")
    os._exit(0)
else:
    print("I (", os.getpid(), ") just created a child process (", pid, ")", sep="", end=".\n")
    done, status = os.wait()
    assert done == pid and status == 0
