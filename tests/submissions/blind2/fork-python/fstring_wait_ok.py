# Learner: f-strings, os.wait() in the parent, child leaves with os._exit(0).
# Fair grade: every check passes (full marks).
import os

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
else:
    print(f"I ({os.getpid()}) just created a child process ({pid}).")
    os.wait()
