# FAIR GRADE: 12/12 -- correct; Chinese comments, helper functions, also logs each step to stderr (same text as stdout lines).
# 进程间通信: 一个进程写, 一个进程读
import logging
import sys
import time
from multiprocessing import Process, Queue

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger(__name__)


def say(msg):
    print(msg)
    log.info(msg)


def producer(q, items):
    # 写入队列
    for item in items:
        say('write, %s' % item)
        q.put(item)
        time.sleep(0.1)


def consumer(q, n):
    # 从队列读取
    for _ in range(n):
        item = q.get()
        say('read, %s' % item)


if __name__ == '__main__':
    data = [10, 20, 30, 40]
    q = Queue()
    procs = [Process(target=producer, args=(q, data)),
             Process(target=consumer, args=(q, len(data)))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    say('DONE')
