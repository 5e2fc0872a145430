# correct-variant: extra debugging lines ("starting", "debug fork returned ..."), prints the child's exit status
import os

print("starting", flush=True)
pid = os.fork()
print("debug fork returned", pid)
if pid == 0:
    print('I am child process (%d) and my parent is (%d).' % (os.getpid(), os.getppid()))
else:
    print('I (%d) just created a child process (%d).' % (os.getpid(), pid))
    wpid, status = os.waitpid(pid, 0)
    print("debug child", wpid, "exited with", os.waitstatus_to_exitcode(status))
