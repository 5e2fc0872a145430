# Learner: two one-way pipes (duplex=False), one per direction; child as a Process subclass.
# Fair grade: every check passes (full marks).
from multiprocessing import Pipe, Process


class Echo(Process):
    def __init__(self, inbox, outbox):
        super().__init__()
        self.inbox, self.outbox = inbox, outbox

    def run(self):
        m = self.inbox.recv()
        print('recv: %s' % m)
        print('send: pong')
        self.outbox.send('pong')


if __name__ == '__main__':
    to_child_r, to_child_w = Pipe(duplex=False)
    to_main_r, to_main_w = Pipe(duplex=False)
    e = Echo(to_child_r, to_main_w)
    e.start()
    print('send: ping')
    to_child_w.send('ping')
    print('recv: %s' % to_main_r.recv())
    e.join()
    print('DONE')
