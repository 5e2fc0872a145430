# Learner: keeps the pids as strings and prints them with f-string !r, so each pid shows
# in quotes: I ('123') just created a child process ('124'). Behaviour is right.
# Fair grade: format check only (1.5): ~15/16.5.
import os

me = str(os.getpid())
pid = os.fork()
if pid == 0:
    me, parent = str(os.getpid()), str(os.getppid())
    print(f"I am child process ({me!r}) and my parent is ({parent!r}).")
    os._exit(0)
child = str(pid)
print(f"I ({me!r}) just created a child process ({child!r}).")
os.wait()
