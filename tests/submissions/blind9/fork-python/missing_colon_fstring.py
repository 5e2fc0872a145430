# Student: Python 3 with f-strings, and a typo: a missing colon after `elif pid == 0`.
# FAIR: 0/16.5 (does not run); the report should show Python 3's own SyntaxError
# ("expected ':'" on line 10), not a Python 2 interpretation of the file.
import os

pid = os.fork()

if pid < 0:
    print("Fail to create process")
elif pid == 0
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
else:
    print(f"I ({os.getpid()}) just created a child process ({pid}).")
    os.wait()
