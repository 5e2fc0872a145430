# Learner: uses print with commas instead of formatting, so spaces appear inside the
# parentheses: "I ( 123 ) just created a child process ( 456 )." Behaviour right (waitpid).
# FAIR: 15/16.5: only the format check fails (lines loosely right); every behaviour check passes.
import os

pid = os.fork()
if pid == 0:
    print("I am child process (", os.getpid(), ") and my parent is (", os.getppid(), ").")
else:
    print("I (", os.getpid(), ") just created a child process (", pid, ").")
    os.waitpid(pid, 0)
