import os
from multiprocessing import Process


class ChildProc(Process):
    def __init__(self, name):
        super().__init__()
        self.child_name = name

    def run(self):
        print('Run child process %s (%s)...' % (self.child_name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = ChildProc('test')
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
