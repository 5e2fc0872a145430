# LEARNER: Python 3.6 f-strings; os.waitpid(pid, 0) and checks os.WIFEXITED / os.WEXITSTATUS,
# printing an extra "child exit status: 0" line; child ends with os._exit(0).
# TARGET: Python 3.6.
# FAIR: 16.5/16.5 (full).
import os

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
else:
    print(f"I ({os.getpid()}) just created a child process ({pid}).")
    _, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status):
        print(f"child exit status: {os.WEXITSTATUS(status)}")
