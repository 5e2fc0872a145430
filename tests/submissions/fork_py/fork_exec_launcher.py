# The "launcher" rule: everything main did before its last exec is set apart and its output dropped.
# Stage 1 (before exec): make 3 extra children and print garbage/duplicates; then exec the honest program.
import os, sys
if len(sys.argv) < 2:
    for i in range(3):
        if os.fork() == 0:
            print("GARBAGE from an extra child", os.getpid()); os._exit(3)
    print("GARBAGE from main before exec")
    os.execv(sys.executable, [sys.executable, __file__, 'stage2'])
pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
print(f"I ({os.getpid()}) just created a child process ({pid}).")
os.waitpid(pid, 0)
