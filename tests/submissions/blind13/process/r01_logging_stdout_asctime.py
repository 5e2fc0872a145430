import logging
import os
import sys
from multiprocessing import Process

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(asctime)s %(processName)s %(levelname)s %(message)s')


def run_proc(name):
    logging.info('Run child process %s (%s)...', name, os.getpid())


if __name__ == '__main__':
    logging.info('Parent process %s.', os.getpid())
    p = Process(target=run_proc, args=('test',))
    logging.info('Process will start.')
    p.start()
    p.join()
    logging.info('Process end.')
