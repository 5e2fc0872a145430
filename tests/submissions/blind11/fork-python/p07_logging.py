import logging
import os

logging.basicConfig(level=logging.INFO, format='%(message)s')
log = logging.getLogger(__name__)

pid = os.fork()
if pid == 0:
    log.info('I am child process (%s) and my parent is (%s).', os.getpid(), os.getppid())
else:
    log.info('I (%s) just created a child process (%s).', os.getpid(), pid)
    os.wait()
