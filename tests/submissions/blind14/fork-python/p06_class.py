import os


class ForkDemo(object):
    def __init__(self):
        self.child_pid = None

    def _child(self):
        print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
        os._exit(0)

    def _parent(self):
        print('I (%s) just created a child process (%s).' % (os.getpid(), self.child_pid))
        os.waitpid(self.child_pid, 0)

    def run(self):
        self.child_pid = os.fork()
        if self.child_pid == 0:
            self._child()
        else:
            self._parent()


if __name__ == '__main__':
    ForkDemo().run()
