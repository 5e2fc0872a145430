# LEARNER: all lines in capitals, "PID: " with a space: "RUN TASK 0 (PID: 123)...",
# "TASK 0 RESULT IS: 0", "PARENT PROCESS 12.", "WAITING FOR ALL SUBPROCESSES DONE...",
# "ALL SUBPROCESSES DONE." Behaviour right.
# FAIR GRADE: ~16/17.5 -- format only (the format check is 1.5). all_lines_match may also fail
# if it is strict (then 15): a fair teacher would take the format once, not twice.
from multiprocessing import Pool
import os, time

def task(i):
    print('RUN TASK %d (PID: %d)...' % (i, os.getpid()))
    time.sleep(0.5)
    print('TASK %d RESULT IS: %d' % (i, i * i))

if __name__ == '__main__':
    print('PARENT PROCESS %d.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, (i,))
    print('WAITING FOR ALL SUBPROCESSES DONE...')
    p.close()
    p.join()
    print('ALL SUBPROCESSES DONE.')
