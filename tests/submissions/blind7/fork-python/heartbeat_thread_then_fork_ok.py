# Learner: mixes threads and fork: a daemon "heartbeat" thread in main prints
# "tick" every 50 ms; main then forks (only the forking thread exists in the child),
# prints its line, waits for the child, and stops the heartbeat. Right fork behaviour;
# the extra "tick" lines are not assignment lines (fork-python does not forbid extra lines).
# FAIR: 16.5/16.5.
import os
import threading
import time

stop = threading.Event()


def heartbeat():
    while not stop.is_set():
        print("tick")
        time.sleep(0.05)


t = threading.Thread(target=heartbeat, daemon=True)
t.start()
time.sleep(0.12)
pid = os.fork()
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
os.waitpid(pid, 0)
stop.set()
t.join()
