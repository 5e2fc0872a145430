# Learner (WRONG): the parent's print is after the if/else instead of in the else branch, and
# the child does not exit, so the child also prints "I (child) just created a child process (0)."
# Debug prints "DEBUG: fork returned ..." in both. Parent waits with os.wait().
# FAIR GRADE: 15.5/16.5 (fails only "only the parent prints the parent's line"; maybe the
# format check keeps its points).
import os

pid = os.fork()
print(f"DEBUG: fork returned {pid}")
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
else:
    os.wait()
print(f"I ({os.getpid()}) just created a child process ({pid}).")
