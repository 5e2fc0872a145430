# Learner: the other tutorial's wording ("Process (N) start...", "my parent is M."),
# f-strings, os.waitpid.
# Expected: full marks.
import os

print(f'Process ({os.getpid()}) start...')
pid = os.fork()
if pid == 0:
    print(f'I am child process ({os.getpid()}) and my parent is {os.getppid()}.')
else:
    print(f'I ({os.getpid()}) just created a child process ({pid}).')
    os.waitpid(pid, 0)
