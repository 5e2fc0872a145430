# Learner: wrote "I am the child process" (an extra "the") and "I am (N)" in the parent:
# right behaviour, slightly wrong wording.
# Fair grade: a teacher would take the format marks only ("the lines are printed in the
# assignment's format" and maybe 1-2 more points); the behaviour (fork, wait, pids) is right.
import os

pid = os.fork()
if pid == 0:
    print('I am the child process (%d) and my parent is (%d).' % (os.getpid(), os.getppid()))
else:
    print('I am (%d), I just created a child process (%d).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
