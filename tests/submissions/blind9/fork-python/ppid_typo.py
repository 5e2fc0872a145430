# Student: copy-paste typo: the child prints os.getpid() twice (own pid as its parent's).
# Waits properly.
# FAIR: 13/15: lose only "the child's ppid is its parent's pid" (2).
import os

pid = os.fork()
if pid == 0:
    print(f'I am child process ({os.getpid()}) and my parent is ({os.getpid()}).')
else:
    print(f'I ({os.getpid()}) just created a child process ({pid}).')
    os.wait()
