# -*- coding: utf-8 -*-
import os

pid = os.fork()
if pid == 0:
    print('Ich bin der Kindprozess (%s), mein Elternprozess ist (%s).' % (os.getpid(), os.getppid()))
else:
    print('Ich (%s) habe gerade einen Kindprozess (%s) erzeugt.' % (os.getpid(), pid))
    os.waitpid(pid, 0)
