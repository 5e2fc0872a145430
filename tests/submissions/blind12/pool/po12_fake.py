import os, time
print('Parent process %s.' % os.getpid())
print('Waiting for all subprocesses done...')
for i in range(5):
    print('Run task %s (pid:%s)...' % (i, os.getpid() + 1 + i % 4))
for i in range(5):
    print('Task %s result is: %s' % (i, i * i))
print('All subprocesses done.')
