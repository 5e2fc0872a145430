# wrong place, right behaviour: every line goes through `logging` (stderr, with the
# `INFO:root:` prefix) instead of print; fork, wait and the pids are right. Fair grade: the
# format only.
import logging
import os

logging.basicConfig(level=logging.INFO)
pid = os.fork()
if pid == 0:
    logging.info('I am child process (%d) and my parent is (%d).', os.getpid(), os.getppid())
    os._exit(0)
logging.info('I (%d) just created a child process (%d).', os.getpid(), pid)
os.waitpid(pid, 0)
