# Learner: Process subclass whose __init__ forgets super().__init__(); p.start() raises
# AttributeError in main right after `Process will start.`. No child is ever made.
# Fair grade: only "the parent prints its own pid" (1) and maybe the format check: ~1-2/11.
import os
from multiprocessing import Process

class Runner(Process):
    def __init__(self, name):
        self.child_name = name

    def run(self):
        print('Run child process %s (%s)...' % (self.child_name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Runner('test')
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
