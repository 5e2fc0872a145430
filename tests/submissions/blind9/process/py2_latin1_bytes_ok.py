# -*- coding: latin-1 -*-
# Student (French, Python 2, editor saves latin-1): correct program plus a last line
# 'Processus terminé.' whose byte é is not UTF-8.
# FAIR: full marks 11/11 (an extra line; the report should not choke on the byte).
import os
from multiprocessing import Process

def child_proc(name):
    print 'Run child process %s (%s)...' % (name, os.getpid())

if __name__ == '__main__':
    print 'Parent process %s.' % os.getpid()
    p = Process(target=child_proc, args=('test',))
    print 'Process will start.'
    p.start()
    p.join()
    print 'Process end.'
    print 'Processus terminé.'
