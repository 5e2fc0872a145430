# Learner: in the parent's line, printed os.getpid() twice (thought getpid "after fork"
# gives the new process) instead of the value fork returned. Waits properly.
# Fair grade: fail "the pid the parent got from fork is the child's" (2 points): 12.5/14.5.
import os

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
else:
    print(f"I ({os.getpid()}) just created a child process ({os.getpid()}).")
    os.wait()
