import os
# Student: old editor, tabs and spaces mixed (Python 2 accepts it, Python 3 raises TabError).
# print(...) with one argument works in both. FAIR: full marks 16.5/16.5 if graded as Python 2
# (the assignment accepts Python 2 programs); at least a clear TabError message otherwise.

pid = os.fork()
if pid == 0:
    print("I am child process (%s) and my parent is (%s)." % (os.getpid(), os.getppid()))
	os._exit(0)
else:
    print("I (%s) just created a child process (%s)." % (os.getpid(), pid))
	os.waitpid(pid, 0)
