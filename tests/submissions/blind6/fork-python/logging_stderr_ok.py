# Learner: uses the logging module (to stderr, with asctime and process id) for progress
# messages in both processes; the asked lines with print(..., flush=True) and f-strings;
# child leaves with os._exit(0); parent os.waitpid(pid, 0).
# FAIR GRADE: 16.5/16.5 (nothing wrong).
import logging
import os

logging.basicConfig(level=logging.DEBUG,
                    format='%(asctime)s %(process)d %(levelname)s %(message)s')
log = logging.getLogger(__name__)

log.info("starting, about to fork")
pid = os.fork()
if pid == 0:
    log.debug("in the child now")
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).", flush=True)
    log.debug("child finished its work")
    os._exit(0)
else:
    print(f"I ({os.getpid()}) just created a child process ({pid}).", flush=True)
    log.info("waiting for child %d", pid)
    _, status = os.waitpid(pid, 0)
    log.info("child %d exited, status %d", pid, os.WEXITSTATUS(status))
