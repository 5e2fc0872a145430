# Learner: uses the logging module for everything, sent to stdout
# (logging.basicConfig(stream=sys.stdout, level=INFO)), so every line reads
# "INFO:root:I (P) just created a child process (C)." etc.; logging flushes after every
# record. Parent os.waitpid; child os._exit(0).
# FAIR GRADE: 16.5/16.5 (a strict teacher may take the format points: 15/16.5). Nothing is
# printed twice.
import logging
import os
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO)

pid = os.fork()
if pid == 0:
    logging.info("I am child process (%d) and my parent is (%d).", os.getpid(), os.getppid())
    os._exit(0)
logging.info("I (%d) just created a child process (%d).", os.getpid(), pid)
os.waitpid(pid, 0)
logging.info("done")
