for n in [1, 2, 3, 4]:
    print('write, %d' % n)
    print('read, %d' % n)
print('DONE')
