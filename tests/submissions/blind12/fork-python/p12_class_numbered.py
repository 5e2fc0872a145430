import os

class ForkDemo(object):
    def __init__(self):
        self.n = 0

    def say(self, text):
        self.n += 1
        print("%d. %s" % (self.n, text))

    def run(self):
        pid = os.fork()
        if pid == 0:
            self.say("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
            os._exit(0)
        self.say("I (%d) just created a child process (%d)." % (os.getpid(), pid))
        os.waitpid(pid, 0)

if __name__ == "__main__":
    ForkDemo().run()
