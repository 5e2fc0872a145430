# Learner: both branches fall through to a shared goodbye at the end of the script:
# print("Bye!", flush=True) runs in the child (after its line) and in the parent (after the
# wait). Nothing is buffered at the fork (PYTHONUNBUFFERED, flush=True); the child never runs
# the parent's branch. os.waitpid in the parent.
# FAIR GRADE: 16.5/16.5 (each process really printed its own "Bye!" after the fork; no stdio
# buffer was copied).
import os

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).", flush=True)
else:
    print(f"I ({os.getpid()}) just created a child process ({pid}).", flush=True)
    os.waitpid(pid, 0)
print("Bye!", flush=True)
