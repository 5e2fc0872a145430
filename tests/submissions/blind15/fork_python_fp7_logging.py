import logging
import os

logging.basicConfig(level=logging.INFO)
log = logging.getLogger()

pid = os.fork()
if pid == 0:
    log.info("I am child process (%d) and my parent is (%d).", os.getpid(), os.getppid())
    os._exit(0)
log.info("I (%d) just created a child process (%d).", os.getpid(), pid)
os.wait()
