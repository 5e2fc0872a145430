# Learner: prints through the logging module, configured to write bare messages on stdout;
# the child leaves with sys.exit(0), the parent uses os.waitpid.
# Fair grade: full marks.
import logging
import os
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(message)s")
log = logging.getLogger("fork")

pid = os.fork()
if pid == 0:
    log.info("I am child process (%d) and my parent is (%d).", os.getpid(), os.getppid())
    sys.exit(0)
else:
    log.info("I (%d) just created a child process (%d).", os.getpid(), pid)
    os.waitpid(pid, 0)
