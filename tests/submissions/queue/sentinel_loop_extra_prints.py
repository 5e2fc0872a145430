# correct-variant: a while-True reader stopped by an 'END' sentinel, with extra progress prints on both sides
import multiprocessing
import time

SENTINEL = 'END'


def producer(queue):
    print('producer starting')
    for item in ['apple', 'pear', 'plum']:
        print('write, ' + item)
        queue.put(item)
        time.sleep(0.01)
    queue.put(SENTINEL)
    print('producer finished')


def consumer(queue):
    print('consumer starting')
    while True:
        item = queue.get()
        if item == SENTINEL:
            break
        print('read, ' + item)
    print('consumer finished')


if __name__ == '__main__':
    queue = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(queue,))
    c = multiprocessing.Process(target=consumer, args=(queue,))
    p.start()
    c.start()
    p.join()
    c.join()
    print('DONE')
