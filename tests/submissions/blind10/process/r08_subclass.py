import os
from multiprocessing import Process


class Worker(Process):
    def __init__(self, name_arg):
        super().__init__()
        self.name_arg = name_arg

    def run(self):
        print('Run child process %s (%s)...' % (self.name_arg, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    w = Worker('test')
    print('Child process will start.')
    w.start()
    w.join()
    print('Child process end.')
