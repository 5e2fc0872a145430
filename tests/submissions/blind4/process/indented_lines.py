# Learner: indents main's step lines with a tab ("\tProcess will start.", "\tProcess end.")
# to show they are sub-steps. Behaviour right (start, join, exit 0).
# Fair grade: format only (1): ~10/11. (Those two patterns are anchored with ^.)
import os
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('\tProcess will start.')
    p.start()
    p.join()
    print('\tProcess end.')
