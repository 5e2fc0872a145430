# -*- coding: utf-8 -*-
from multiprocessing import Process
import os

def run_proc(nombre):
    print('Ejecutando proceso hijo %s (%s)...' % (nombre, os.getpid()))

if __name__ == '__main__':
    print('Proceso padre %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('El proceso va a empezar.')
    p.start()
    p.join()
    print('Fin del proceso.')
