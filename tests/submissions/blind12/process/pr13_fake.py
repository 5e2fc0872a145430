import os
print('Parent process %s.' % os.getpid())
print('Process will start.')
print('Run child process %s (%s)...' % ('test', os.getpid() + 1))
print('Process end.')
