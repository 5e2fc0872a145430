# LEARNER: Python-2-era style that still runs on Python 3: `from __future__ import print_function`,
# class-based main, string concatenation with str(), sys.stdout.write for the child line.
# FAIR GRADE: 11/11 (full).
from __future__ import print_function
import os
import sys
from multiprocessing import Process

def run_proc(name):
    sys.stdout.write('Run child process ' + name + ' (' + str(os.getpid()) + ')...\n')
    sys.stdout.flush()

class App(object):
    def main(self):
        print('Parent process ' + str(os.getpid()) + '.')
        p = Process(target=run_proc, args=('test',))
        print('Process will start.')
        p.start()
        p.join()
        print('Process end.')

if __name__ == '__main__':
    App().main()
