# LEARNER: prints the lines in capitals with "!!" instead of the final ".":
# "I (P) JUST CREATED A CHILD PROCESS (C)!!" / "I AM CHILD PROCESS (C) AND MY PARENT IS (P)!!".
# Behaviour right (fork, wait, exit 0).
# FAIR GRADE: 15/16.5 -- format check only (1.5); the lines say exactly what is asked.
import os

pid = os.fork()
if pid == 0:
    print("I AM CHILD PROCESS (%d) AND MY PARENT IS (%d)!!" % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) JUST CREATED A CHILD PROCESS (%d)!!" % (os.getpid(), pid))
os.wait()
