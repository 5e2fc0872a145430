# Learner: pasted the Windows "print unicode" fix at the top:
#   sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8')
# which makes stdout block-buffered again (PYTHONUNBUFFERED no longer applies to it).
# The child prints its line and leaves with os._exit(0), which throws its buffer away:
# the child's line is never written. The parent's line comes out when it exits.
# Fair grade: the child's line is lost: fail "the child prints its own pid" (1) and
# "the child's ppid" (2): ~13.5/16.5.
import io
import os
import sys

sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8')

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
print(f"I ({os.getpid()}) just created a child process ({pid}).")
os.waitpid(pid, 0)
