# Learner: reaps the child in a SIGCHLD handler (os.waitpid(-1, os.WNOHANG)), the parent
# sleeps in a loop until the handler set a flag. Child sleeps 0.2 s before printing.
# Fair grade: full marks.
import os
import signal
import time

done = False

def on_child(signum, frame):
    global done
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
        done = True

signal.signal(signal.SIGCHLD, on_child)
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
print(f"I ({os.getpid()}) just created a child process ({pid}).")
while not done:
    time.sleep(0.01)
