from multiprocessing import Process, Pipe
import os


def run_proc(name, conn):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    conn.send('finished')
    conn.close()


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    parent_conn, child_conn = Pipe()
    p = Process(target=run_proc, args=('test', child_conn))
    print('Process will start.')
    p.start()
    # the child tells us when it is done, so no need to join
    status = parent_conn.recv()
    print('child status: %s' % status)
    print('Process end.')
