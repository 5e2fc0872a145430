import os


class Forker(object):
    def __init__(self):
        self.child = None

    def run(self):
        self.child = os.fork()
        if self.child == 0:
            self.in_child()
        else:
            self.in_parent()

    def in_child(self):
        print('I am child process (%d) and my parent is (%d).' % (os.getpid(), os.getppid()))
        os._exit(0)

    def in_parent(self):
        print('I (%d) just created a child process (%d).' % (os.getpid(), self.child))
        pid, status = os.wait()
        assert pid == self.child


if __name__ == '__main__':
    Forker().run()
