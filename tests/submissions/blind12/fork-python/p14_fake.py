import os
me = os.getpid()
print('I (%s) just created a child process (%s).' % (me, me + 7))
print('I am child process (%s) and my parent is (%s).' % (me + 7, me))
