# Learner: reversed the conversation: the child sends "hello" first, main receives it and
# answers "bye", the child receives that. Each side prints before sending, after receiving.
# Fair grade: full marks, or -1 for not following the order asked (main sends first).
from multiprocessing import Pipe, Process


def child(conn):
    print('send: hello')
    conn.send('hello')
    answer = conn.recv()
    print('recv: %s' % answer)


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    msg = a.recv()
    print('recv: %s' % msg)
    print('send: bye')
    a.send('bye')
    p.join()
    print('DONE')
