# The red team's forged wait: main never waits for its child; it waits for a dummy that
# executes a program the grader files as a runtime helper (its command line names
# resource_tracker), and sleeps so that the child's getppid() is still right. Only Python's
# exact tracker command line is a helper now: the dummy is a second child.
import os, sys, time

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
print(f"I ({os.getpid()}) just created a child process ({pid}).")
dummy = os.fork()
if dummy == 0:
    os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(0.2)  # resource_tracker"])
os.waitpid(dummy, 0)
time.sleep(0.3)
