# Learner: no `if __name__ == '__main__'` (fine: Linux's default start method is fork),
# logs debug messages to stderr with logging, and uses .format.
# Fair grade: every check passes (full marks): stderr is not the program's lines.
import logging
import os
from multiprocessing import Process

logging.basicConfig(level=logging.DEBUG, format='%(process)d %(message)s')


def run_proc(name):
    logging.debug('child starting')
    print('Run child process {} ({})...'.format(name, os.getpid()))


print('Parent process {}.'.format(os.getpid()))
p = Process(target=run_proc, args=('test',))
print('Process will start.')
p.start()
logging.debug('joining')
p.join()
print('Process end.')
