# -*- coding: utf-8 -*-
# FAIR GRADE: 12/12 -- Python 2 print statements, otherwise the tutorial's intended example; correct.
import os, time
from multiprocessing import Process, Queue

# 写数据进程执行的代码
def write(q):
    for value in ['A', 'B', 'C', 'D']:
        print 'write, %s' % value
        q.put(value)
        time.sleep(1)

# 读数据进程执行的代码
def read(q):
    for i in range(4):
        value = q.get(True)
        print 'read, %s' % value

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print 'DONE'
