from multiprocessing import Process, Pipe


class Echo(Process):
    def __init__(self, conn):
        super(Echo, self).__init__()
        self.conn = conn

    def run(self):
        msg = self.conn.recv()
        print('received: %s' % msg)
        print('sending: pong')
        self.conn.send('pong')
        self.conn.close()


if __name__ == '__main__':
    mine, theirs = Pipe()
    e = Echo(theirs)
    e.start()
    print('sending: ping')
    mine.send('ping')
    print('received: %s' % mine.recv())
    e.join()
    print('DONE')
