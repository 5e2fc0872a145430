# Student: the child should print three "tick" lines, but the learner forgot `n += 1`:
# the child loops forever printing ticks; the parent's wait never returns.
# FAIR: the exercise's lines are right but the program never ends (output limit or time
# limit): lose wait (1), ppid (2, needs the wait), exit 0 (1) -> ~11/15; ending: limit
# reached (output) or timed out.
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    n = 0
    while n < 3:
        print('tick', n)
    os._exit(0)
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
