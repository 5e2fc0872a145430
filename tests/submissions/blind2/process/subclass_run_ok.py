# Learner: subclassed Process and overrode run(); the argument is kept on the instance.
# Fair grade: every check passes (full marks).
from multiprocessing import Process
import os


class Child(Process):
    def __init__(self, who):
        super().__init__()
        self.who = who

    def run(self):
        print('Run child process %s (%s)...' % (self.who, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Child('test')
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
