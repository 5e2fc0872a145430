# Learner: other verbs: "Parent sent: ping", "Child received: ping", "Child sent: pong",
# "Parent got the reply: pong"; f-strings.
# Fair grade: every check passes (the yaml accepts these verbs).
from multiprocessing import Pipe, Process


def child(conn):
    msg = conn.recv()
    print(f'Child received: {msg}')
    print('Child sent: pong')
    conn.send('pong')


if __name__ == '__main__':
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(child_end,))
    p.start()
    print('Parent sent: ping')
    parent_end.send('ping')
    reply = parent_end.recv()
    print(f'Parent got the reply: {reply}')
    p.join()
    print('DONE')
