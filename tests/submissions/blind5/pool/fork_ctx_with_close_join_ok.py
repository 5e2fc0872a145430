# LEARNER: ctx = get_context('fork'); `with ctx.Pool(4) as p:` ... p.close(); p.join() inside the
# with-block, then the done line after it. Uses print(..., sep='') pieces.
# FAIR GRADE: 17.5/17.5 (full).
import multiprocessing as mp
import os, time

def task(i):
    print('Run task ', i, ' (pid:', os.getpid(), ')...', sep='')
    time.sleep(0.4)
    print('Task ', i, ' result is: ', i * i, sep='')

def main():
    print('Parent process ', os.getpid(), '.', sep='')
    ctx = mp.get_context('fork')
    with ctx.Pool(4) as p:
        for i in range(5):
            p.apply_async(task, (i,))
        print('Waiting for all subprocesses done...')
        p.close()
        p.join()
    print('All subprocesses done.')

if __name__ == '__main__':
    main()
