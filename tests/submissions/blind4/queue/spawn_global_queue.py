# Learner: same global-queue design but with set_start_method('spawn') (copied from a
# Windows example): each spawned child re-imports the module and makes a queue of its own.
# The reader waits forever on its own empty queue; main's join never returns: timeout.
# Fair grade: nothing passes between processes: fail fifo (2) + dependent (1), DONE (1),
# format: ~5-6/12.
import multiprocessing as mp

q = mp.Queue()

def writer():
    for v in range(1, 5):
        print('write, %d' % v)
        q.put(v)

def reader():
    for _ in range(4):
        print('read, %d' % q.get())

if __name__ == '__main__':
    mp.set_start_method('spawn', force=True)
    w = mp.Process(target=writer)
    r = mp.Process(target=reader)
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
