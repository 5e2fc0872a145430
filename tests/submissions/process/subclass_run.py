# correct-variant: subclasses Process and overrides run(); extra "starting" line
import os
from multiprocessing import Process


class ChildProc(Process):
    def __init__(self, name):
        super().__init__()
        self.who = name

    def run(self):
        print('Run child process %s (%s)...' % (self.who, os.getpid()))


if __name__ == '__main__':
    print("starting")
    print('Parent process %s.' % os.getpid())
    p = ChildProc('test')
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
