# Learner (WRONG, small): child ends with sys.exit(1) ("1 = I was the child"), parent
# waits with os.wait(). 
# FAIR: 15.5/16.5: fails only "the child ends by itself (exit 0)".
import os
import sys

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    sys.exit(1)
print(f"I ({os.getpid()}) just created a child process ({pid}).")
os.wait()
