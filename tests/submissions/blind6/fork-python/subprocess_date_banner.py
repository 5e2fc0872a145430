# Learner: prints a banner with the current date by calling subprocess.run(['date']) first
# ("to show when the program ran"), then the exact os.fork program; parent os.wait()s.
# FAIR GRADE: 16.5/16.5 (the fork part is perfect; the date banner is harmless).
import os
import subprocess

print("=== os.fork lab, run at:", flush=True)
subprocess.run(["date"])
pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    os._exit(0)
print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
os.wait()
print("=== end", flush=True)
