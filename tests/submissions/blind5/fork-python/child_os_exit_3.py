# LEARNER: right program, but the child ends with os._exit(3) (the learner thought the number
# is "the child's number"), the parent waits with os.wait().
# FAIR GRADE: 15.5/16.5 -- only "the child ends by itself (exit 0)" fails.
import os

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(3)
print(f"I ({os.getpid()}) just created a child process ({pid}).")
os.wait()
