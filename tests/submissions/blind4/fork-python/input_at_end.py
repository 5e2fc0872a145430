# Learner: Windows habit: `input("Press Enter to exit...")` at the very end of the parent,
# after the wait, so the console window stays open. Under the grader stdin is at EOF, so
# the parent dies with EOFError after doing everything right.
# Fair grade: every behaviour check passes; the program does not end cleanly, so losing the
# "runs to its end" / format check (1.5) is fair: ~15/16.5.
import os

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
print(f"I ({os.getpid()}) just created a child process ({pid}).")
os.waitpid(pid, 0)
input("Press Enter to exit...")
