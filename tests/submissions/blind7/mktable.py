#!/usr/bin/env python3
"""mktable.py: the README's table rows from files.txt, the headers and out/*.json."""
import json, re
DESC = {
 'fork-c/child_exit_7.c': 'child exit(7) to "signal it was the child"; wait',
 'fork-c/child_sleeps_before_print_ok.c': 'child usleep(200ms) before printing; wait(NULL)',
 'fork-c/clone_wrapper_ok.c': 'glibc clone() with SIGCHLD and own stack instead of fork; waitpid',
 'fork-c/getppid_as_own_pid.c': "(WRONG) parent prints getppid() as its own pid",
 'fork-c/kill0_poll_zombie_hang.c': '(WRONG) polls kill(pid,0) instead of wait: zombie keeps it true, hangs',
 'fork-c/main_returns_1.c': 'all right, main ends with return 1',
 'fork-c/orphan_parent_exits.c': '(WRONG) no wait; child sleeps 100ms, prints ppid of the subreaper',
 'fork-c/setvbuf_unbuffered_banner_ok.c': 'setvbuf(_IONBF) then printf banner before fork: no copy',
 'fork-c/waitpid_minus1_loop_ok.c': 'while (waitpid(-1,..) > 0) reap loop',
 'fork-c/fork_from_thread_ok.c': 'fork() done in a pthread of the parent; main thread waitpid()s',
 'fork-c/thread_in_child_prints_ok.c': "child's line printed by a pthread inside the child",
 'fork-c/waitid_ok.c': 'waitid(P_PID, pid, &info, WEXITED)',
 'fork-python/child_sys_exit_1.py': '(WRONG) child sys.exit(1)',
 'fork-python/crash_at_end.py': 'all right, then TypeError (str + int) at the very end of main',
 'fork-python/print_tuple_commas.py': 'print("I (", pid, ") ...") with commas: spaces inside parens',
 'fork-python/py2_print_statements_ok.py': 'Python 2 print statements + os.wait',
 'fork-python/shouting_crlf_trailing.py': 'UPPERCASE child line, trailing spaces, \\r\\n endings',
 'fork-python/split_print_end_ok.py': "each line from two prints (end='')",
 'fork-python/waitpid_minus1_loop_ok.py': 'waitpid(-1) loop until ChildProcessError; type hints, .format',
 'fork-python/wnohang_not_a_wait.py': '(WRONG) waitpid(pid, WNOHANG) right after fork: no real wait, orphan',
 'fork-python/heartbeat_thread_then_fork_ok.py': 'heartbeat thread printing "tick" in main, then fork + wait',
 'fork-python/py2_trailing_comma_split_ok.py': 'Python 2, each line from two prints (trailing-comma softspace)',
 'fork-python/split_with_sleep_interleaved_ok.py': 'both processes print half a line, sleep 0.1 s, print the rest (interleaved)',
 'fork-python/fdopen_buffer_dup.py': '(WRONG) os.fdopen(1,"w") buffered start line before fork: written twice',
 'pipe/capitalised_labels.py': '"Send: ping", "Recv: pong", "Done"',
 'pipe/child_os_exit_after_send_ok.py': 'child os._exit(0) right after send; join(timeout=5)',
 'pipe/eoferror_at_end.py': 'all right, then an uncaught EOFError after DONE (drain loop)',
 'pipe/py2_pipe_ok.py': 'Python 2 print statements',
 'pipe/same_end_deadlock.py': '(WRONG) passes main\'s own end to the child: both block in recv',
 'pipe/threads_not_processes.py': '(WRONG) threading.Thread as the "child"',
 'pipe/dict_message.py': "sends a dict, prints its repr: send: {'msg': 'ping'}",
 'pipe/reply_via_thread_in_main_ok.py': "main receives the reply in a listener THREAD; main thread sends",
 'pipe/send_in_thread_ok.py': 'main sends from a thread, main thread receives',
 'pool/done_printed_before_join.py': "(WRONG) 'All subprocesses done.' after close(), before join()",
 'pool/env_pool_size_ok.py': 'POOL_SIZE env / argv with defaults; type hints, f-strings',
 'pool/print_tuple_spaces.py': 'print with commas: "Run task 0 (pid: 123 )..."',
 'pool/py2_pool_ok.py': 'Python 2 tutorial program verbatim (0.5 s tasks)',
 'pool/sys_exit_main_results.py': 'sys.exit(main()) with main returning the results list: list on stderr, exit 1',
 'pool/threads_call_blocking_apply_ok.py': '5 threads each calling blocking pool.apply: tasks still parallel',
 'pool/no_guard_fork_default_ok.py': 'no __main__ guard, everything at module level (fork default)',
 'process/child_prints_ppid.py': '(WRONG) child prints getppid() as its pid',
 'process/child_sys_exit_message.py': '(WRONG) child sys.exit("child finished"): stderr + exit 1',
 'process/exitcode_concat_crash.py': "all right, then 'exit code: ' + p.exitcode TypeError at the end",
 'process/join_timeout_generous_ok.py': 'child sleeps 0.3 s; join(timeout=5)',
 'process/start_twice_by_mistake.py': 'starts p again after join inside try/except AssertionError',
 'process/thread_instead_of_process.py': '(WRONG) threading.Thread instead of Process',
 'process/windows_guard_typed_ok.py': 'freeze_support(), main(), type hints, .format',
 'process/forkserver_method_ok.py': "set_start_method('forkserver')",
 'process/argv_name_default_ok.py': "child's name from sys.argv, default 'test'",
 'queue/crlf_write_ok.py': "sys.stdout.write('write, A\\r\\n') everywhere",
 'queue/forkserver_ctx_typed_ok.py': "get_context('forkserver'), None sentinel put by main, type hints",
 'queue/reader_joined_first_deadlock_free_ok.py': 'reader started and joined first; ints 1..4',
 'queue/sequential_writer_then_reader.py': 'writer started+joined, only then reader (other tutorial wording)',
 'queue/threads_queue_module.py': '(WRONG) threading.Thread + queue.Queue',
 'queue/writer_os_exit_loses_last.py': '(WRONG) writer os._exit(0) right after last put: item lost, reader hangs',
 'queue/get_timeout_race.py': '(WRONG, racy) reader stops at get(timeout=0.1) = writer pace 0.1 s',
 'queue/writer_puts_from_thread_ok.py': 'writer process prints/puts from a helper thread',
 'start-method-fork/child_sys_exit_join_timeout_ok.py': "get_context('fork'), child sys.exit(0), join(timeout=10)",
 'start-method-fork/extra_ppid_suffix.py': 'lines end with " (ppid N)"',
 'start-method-fork/py2_default_fork_ok.py': 'Python 2 (always fork), no set_start_method',
 'start-method-fork/thread_instead.py': '(WRONG) threading.Thread instead of a process',
 'start-method-fork/wrong_assert_at_end.py': 'all right, then assert p.exitcode == 1 fails at the end',
 'start-method-spawn/ctx_spawn_but_plain_process.py': "(WRONG) ctx=get_context('spawn') but multiprocessing.Process used: forked",
 'start-method-spawn/env_method_default_spawn_ok.py': 'method from START_METHOD env, default spawn; child sleeps 0.1',
 'start-method-spawn/global_counter_rerun_ok.py': 'module-level "module loaded in PID" print runs again in the child',
 'start-method-spawn/py2_set_start_method_crash.py': '(WRONG) Python 2 print statements + set_start_method: AttributeError',
 'start-method-spawn/spawn_no_join.py': 'spawn, no join (atexit joins it)',
}
MISMATCH = {
 'pipe/reply_via_thread_in_main_ok.py': '**YES (1)**: "main prints what it received after the child sent it" fails in every run: "child[2] printed \\"send: pong\\" is not guaranteed to happen before main[17] printed \\"recv: pong\\" ... main[17] knows nothing of child ... An order made between two threads of one process ... is not one it can see". The recv and the print are in the SAME thread; a receive in a non-main thread of main gives no edge (see probes).',
 'pool/sys_exit_main_results.py': 'yes, minor/policy (2): one exit status 1 costs 2.5 points: "the program prints only the assignment\'s lines" and the format check both say "not earned: the program ended with exit status 1, not 0"',
 'queue/writer_os_exit_loses_last.py': 'grade OK; **report wrong (3)**: mistake "join-blocked: ... reader was blocked writing to a full pipe" while the reader is "in read(), waiting in anon_pipe_read"',
 'queue/get_timeout_race.py': 'no: the grades differ between runs (12, 9, 9) because the PROGRAM races (run 1 read A-D; runs 2-3 the reader gave up after A); each grade matches its trace',
 'fork-c/main_returns_1.c': 'no (format check only, as expected; my header said 13.5 assuming the check is 1 point, it is 1.5)',
}
rows = []
for rel in open('files.txt').read().split():
    a, f = rel.split('/', 1); key = f'{a}__{f}'
    sc = []
    for k in (1, 2, 3):
        d = json.loads(open(f'out/{key}.run{k}.json').readline()); sc.append(d['score']); mx = d['max_score']
    src = open(rel).read()
    lines = src.split('\n')
    j = next(n for n, l in enumerate(lines) if 'FAIR:' in l)
    part = [lines[j].split('FAIR:', 1)[1]]
    for l in lines[j+1:]:
        if rel.endswith('.py') and not l.startswith('#'):
            break
        if rel.endswith('.c') and (l.strip().startswith('#include') or l.strip() == ''):
            break
        part.append(l)
    fair = ' '.join(' '.join(part).replace('*/', ' ').replace('#', ' ').replace(' * ', ' ').split())
    m = MISMATCH.get(rel, 'no')
    g = ', '.join(f'{s:g}' for s in sc) + f' / {mx:g}'
    rows.append((0 if m.startswith('**YES') else 1 if m.startswith('yes') else 2 if m != 'no' else 3, rel, a, DESC.get(rel, '?'), fair, g, m))
rows.sort(key=lambda r: (r[0], r[1]))
print('| file | assignment | what the learner did | fair grade (written before) | grades got (3 runs) / max | MISMATCH |')
print('|---|---|---|---|---|---|')
for _, rel, a, d, fair, g, m in rows:
    print(f'| {rel} | {a} | {d} | {fair.replace("|", "/")} | {g} | {m} |')
