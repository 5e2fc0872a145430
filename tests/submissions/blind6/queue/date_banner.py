# Learner: prints the date with subprocess.run(["date"]) as a banner before creating the
# queue ("my teacher wants a timestamp on every run"), then the seed writer/reader exactly
# (reader stops after a sentinel None), joins, DONE.
# FAIR GRADE: 12/12 (the date process is not the writer nor the reader).
import subprocess
from multiprocessing import Process, Queue

def write(q):
    for v in ['A', 'B', 'C']:
        print('write, %s' % v)
        q.put(v)
    q.put(None)

def read(q):
    while True:
        v = q.get()
        if v is None:
            break
        print('read, %s' % v)

if __name__ == '__main__':
    subprocess.run(['date'])
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
