# Learner (WRONG): "print is slow", so writes through out = os.fdopen(1, 'w') (a buffered
# file, PYTHONUNBUFFERED does not apply to it): writes "Process (N) start..." BEFORE
# os.fork() without flushing. The buffer is copied into the child; both processes flush
# it at exit, so the start line comes out twice (the child's copy names main's pid).
# FAIR: 15.5/16.5: fails only "nothing is printed twice (a stdio buffer copied by fork)".
import os

out = os.fdopen(1, 'w')
out.write('Process (%d) start...\n' % os.getpid())
pid = os.fork()
if pid == 0:
    out.write('I am child process (%d) and my parent is (%d).\n' % (os.getpid(), os.getppid()))
    out.flush()
else:
    out.write('I (%d) just created a child process (%d).\n' % (os.getpid(), pid))
    out.flush()
    os.wait()
