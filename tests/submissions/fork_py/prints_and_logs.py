# correct-variant: prints every line, and also logs each one to stderr (`logging`, with the
# `DEBUG:root:` prefix): the lines are printed once where the assignment reads them, the log
# is the learner's own. Fair grade: full marks.
import logging
import os

logging.basicConfig(level=logging.DEBUG)


def say(line):
    print(line, flush=True)
    logging.debug(line)


pid = os.fork()
if pid == 0:
    say('I am child process (%d) and my parent is (%d).' % (os.getpid(), os.getppid()))
    os._exit(0)
say('I (%d) just created a child process (%d).' % (os.getpid(), pid))
os.waitpid(pid, 0)
