# Never wait for the child: before exec, fork a dummy (which the grader then files under "launcher");
# after exec, wait for the dummy only, and sleep so the child's getppid() is right.
import os, sys, time
if len(sys.argv) < 2:
    d = os.fork()
    if d == 0:
        time.sleep(0.2); os._exit(0)
    os.execv(sys.executable, [sys.executable, __file__, str(d)])
dummy = int(sys.argv[1])
pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
print(f"I ({os.getpid()}) just created a child process ({pid}).")
os.waitpid(dummy, 0)
time.sleep(0.3)
