import logging
import os

logging.basicConfig(level=logging.DEBUG,
                    format='%(asctime)s %(processName)s %(levelname)s %(message)s')
log = logging.getLogger(__name__)

pid = os.fork()
if pid == 0:
    log.info('I am child process (%s) and my parent is (%s).', os.getpid(), os.getppid())
    os._exit(0)
else:
    log.info('I (%s) just created a child process (%s).', os.getpid(), pid)
    os.waitpid(pid, 0)
