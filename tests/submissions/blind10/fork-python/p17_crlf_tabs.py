import os

pid = os.fork()
if pid == 0:
	print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
else:
	print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
	os.waitpid(pid, 0)
