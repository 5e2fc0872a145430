# Learner: used two multiprocessing.Queue objects (one per direction) instead of a Pipe.
# Fair grade: the exchange is right, but the exercise is about Pipe: a teacher docks part
# (about 8-10/12). The checks look only at the lines' order, so they may give full marks.
from multiprocessing import Process, Queue


def child(inbox, outbox):
    msg = inbox.get()
    print('recv: %s' % msg)
    print('send: pong')
    outbox.put('pong')


if __name__ == '__main__':
    to_child, to_main = Queue(), Queue()
    p = Process(target=child, args=(to_child, to_main))
    p.start()
    print('send: ping')
    to_child.put('ping')
    reply = to_main.get()
    print('recv: %s' % reply)
    p.join()
    print('DONE')
