# LEARNER: never forks. Prints both lines from the one process, with a made-up child pid
# (getpid()+1) and its own pid as the "parent".
# FAIR GRADE: ~1/16.5 (at most the parent's own pid, maybe the format). Every check about the
# child must fail or be skipped.
import os

me = os.getpid()
fake = me + 1
print("I (%d) just created a child process (%d)." % (me, fake))
print("I am child process (%d) and my parent is (%d)." % (fake, me))
