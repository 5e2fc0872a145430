# Learner: print(*args) style with commas, so the default sep puts spaces inside the
# brackets: "I ( 123 ) just created a child process ( 124 ) ." Behaviour is right
# (fork, wait, real pids).
# Fair grade: every behaviour check passes; lose only the format check (1.5): ~15/16.5.
import os

pid = os.fork()
if pid == 0:
    print("I am child process (", os.getpid(), ") and my parent is (", os.getppid(), ").")
    os._exit(0)
print("I (", os.getpid(), ") just created a child process (", pid, ").")
os.wait()
