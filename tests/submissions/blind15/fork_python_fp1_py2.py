#!/usr/bin/env python2
# -*- coding: utf-8 -*-
import os

print 'Process (%s) start...' % os.getpid()
pid = os.fork()
if pid == 0:
    print 'I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid())
    os._exit(0)
else:
    print 'I (%s) just created a child process (%s).' % (os.getpid(), pid)
    os.wait()
