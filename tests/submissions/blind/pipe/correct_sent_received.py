# Learner: other verbs: "Parent sent: hello", "Child received: hello", "Child sent: world",
# "Parent received: world"; f-strings.
# Expected: full marks.
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print(f'Child received: {msg}')
    print('Child sent: world')
    conn.send('world')
    conn.close()


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('Parent sent: hello')
    parent_conn.send('hello')
    print(f'Parent received: {parent_conn.recv()}')
    p.join()
    print('DONE')
