import json, glob, os, collections
FAIR = {
 'fork-c/waitpid_wifexited_ok.c': ('waitpid(pid,&st,0) + WIFEXITED status line, exit(0)', '14.5/14.5 full'),
 'fork-c/setbuf_banner_ok.c': ('setbuf(stdout,NULL), banner before fork, wait(NULL), child _exit(0)', '14.5/14.5 full'),
 'fork-c/orphan_no_wait.c': ('(WRONG) no wait; child sleeps 200 ms, orphaned', '11.5/14.5: fail waits (1) + ppid (2)'),
 'fork-c/wnohang_poll_loop_ok.c': ('waitpid(WNOHANG) poll loop until reaped', '14.5/14.5 full'),
 'fork-c/sigchld_ign_wait.c': ('signal(SIGCHLD,SIG_IGN) + wait(NULL) (kernel reaps; wait blocks then ECHILD)', '13.5-14.5 (behaviourally waits)'),
 'fork-c/atexit_both_print.c': ('atexit handler prints in both processes; fflush(NULL) before fork; child exit(0)', '14.5/14.5 full'),
 'fork-c/wait_in_wrong_branch.c': ('(WRONG) wait(NULL) in the child branch, parent never waits', '11.5/14.5: fail waits + ppid'),
 'fork-python/py27_print_statement_ok.py': ('Python 2 print statements, os.wait()', '16.5/16.5 full (python2 fallback)'),
 'fork-python/py36_fstring_waitpid_ok.py': ('f-strings, waitpid + WIFEXITED, os._exit(0)', '16.5/16.5 full'),
 'fork-python/py312_thread_then_fork_ok.py': ('daemon thread then os.fork (3.12 DeprecationWarning on stderr), os.wait', '16.5/16.5 full on both'),
 'fork-python/register_at_fork_ok.py': ('os.register_at_fork hooks print extra lines; waitpid', '16.5/16.5 full'),
 'fork-python/py38_walrus_no_wait.py': ('(WRONG) walrus fork, no wait', '13.5/16.5: fail waits (1) + ppid (2)'),
 'fork-python/banner_no_newline_py36.py': ('(WRONG on 3.6 only) sys.stdout.write("forking... ") w/o newline before fork', '3.6: 15.5 (dup output); 3.11: 16.5'),
 'fork-python/py312_utcnow_banner_wait_ok.py': ('utcnow() banner (3.12 DeprecationWarning), fork, os.wait', '16.5/16.5 full on both'),
 'pipe/duplex_false_py36_ok.py': ('two Pipe(duplex=False), f-strings', '12/12 full'),
 'pipe/os_pipe_fdopen_ok.py': ('os.pipe + os.fdopen + os.fork, flushes, waitpid', '12/12 full'),
 'pipe/match_py310_ok.py': ('match on the message in the child', '12/12 full'),
 'pipe/daemon_child_no_join.py': ('(WRONG) daemon child never joined; killed at main exit', '10/12: fail DONE-after-child (1) + child exit 0 (1)'),
 'pipe/spawn_ctx_venv_ok.py': ('get_context("spawn") Process + Pipe, type hints, venv', '12/12 full'),
 'pipe/fdopen_forgot_flush_hangs.py': ('(WRONG) os.fdopen write without flush: deadlock to timeout', '3/12 (child exists + made by main)'),
 'pool/py27_tutorial_ok.py': ('Python 2 tutorial verbatim', '17.5/17.5 full (python2 fallback)'),
 'pool/imap_unordered_no_close_join.py': ('Pool(4) no with/close/join; consumes all imap_unordered results, then done line', '17.5 (15.5 if strict about join); leaning full'),
 'pool/imap_unordered_with_close_join_ok.py': ('control: same inside with + close/join', '17.5/17.5 full'),
 'pool/sleep_instead_of_join.py': ('(WRONG) time.sleep(3) instead of close/join', '15.5/17.5: fail done-after-results (2)'),
 'pool/callback_py313_ok.py': ('apply_async with callback, close/join', '17.5/17.5 full'),
 'pool/watchdog_timer_executor.py': ('threading.Timer watchdog + ProcessPoolExecutor(4)', '17.5/17.5 full on both'),
 'pool/utcnow_timing_py312.py': ('other tutorial wording, timing with datetime.utcnow() (3.12+: DeprecationWarning per worker on stderr)', '17.5/17.5 on every Python'),
 'process/daemon_true_join_py37_ok.py': ('Process(daemon=True) + start/join', '11/11 full'),
 'process/future_print_function_py36_ok.py': ('from __future__ import print_function, seed', '11/11 full'),
 'process/join_before_start.py': ('(WRONG) join() before start(): AssertionError', '1/11'),
 'process/daemon_sleep_no_join.py': ('(WRONG) daemon child, sleep(0.5) instead of join; child killed', '8/11: fail end-after-child (2) + exit 0 (1)'),
 'process/match_spawn_py310_ok.py': ('match on sys.platform -> spawn context', '11/11 full'),
 'queue/walrus_sentinel_py38_ok.py': ('walrus get loop, None sentinel, other tutorial wording', '12/12 full'),
 'queue/sequential_empty_loop_ok.py': ('writer joined first, then reader drains with q.empty()', '12/12 full'),
 'queue/get_timeout_too_short.py': ('(WRONG) q.get(timeout=0.3) vs 0.5 s writer sleeps: reads only 1', '9/12: fail fifo (2) + dependent (1)'),
 'queue/no_join_done_first.py': ('(WRONG) no joins, DONE printed at once', '11/12: fail DONE (1)'),
 'queue/joinable_task_done_spawn_ok.py': ('spawn JoinableQueue, task_done, q.join()', '12/12 full'),
 'queue/py36_empty_race.py': ('(WRONG) reader loops while not q.empty() concurrently: reads nothing', '8/12 (fifo 2, dependent 1, DONE 1)'),
 'start-method-fork/set_start_method_twice.py': ('(WRONG) set_start_method twice: RuntimeError', '1/10'),
 'start-method-fork/py313_thread_fork_ctx_ok.py': ('fork context with a thread running (3.13)', '10/10 full'),
 'start-method-fork/executor_fork_ctx_py37_ok.py': ('ProcessPoolExecutor(mp_context=fork)', '10/10 full'),
 'start-method-fork/py27_default_fork_ok.py': ('Python 2, default fork, print statement', '10/10 full (python2 fallback)'),
 'start-method-fork/match_get_start_method_py310_ok.py': ('set_start_method(force) + match on get_start_method()', '10/10 full'),
 'start-method-spawn/set_start_method_toplevel.py': ('(WRONG) set_start_method at module level: spawned child RuntimeError', '5-5.5/7.5: fail child line (1) + exit 0 (1)'),
 'start-method-spawn/spawn_venv_ok.py': ('seed with spawn, venv', '7.5/7.5 full'),
 'start-method-spawn/set_after_start.py': ('(WRONG) set_start_method after start(): child forked', '5.5/7.5: fail exec (2)'),
 'start-method-spawn/pool_spawn_py38_ok.py': ('spawn Pool(1).apply + walrus, close/join in with', '7.5/7.5 full'),
}
rows = collections.OrderedDict()
def load(d, where):
    for p in sorted(glob.glob(d + '/*.json')):
        a, f, label, k = os.path.basename(p)[:-5].split('__')
        j = json.load(open(p))
        key = None
        for k2 in FAIR:
            if k2.startswith(a + '/') and os.path.splitext(k2.split('/')[1])[0] == f: key = k2
        rows.setdefault(key, collections.OrderedDict()).setdefault(label, []).append(j)
load('/work/blind8/out', 'root'); load('/home/learner/out', 'user')
for key in FAIR:
    got = []
    for label, js in rows.get(key, {}).items():
        sc = ' '.join('%g' % j['score'] for j in js)
        interp = js[0]['tree'][0]['command'][0] if js[0].get('tree') else '?'
        interp = os.path.basename(interp) if 'python' in interp else 'cc'
        got.append('%s (%s): %s / %g' % (label, interp, sc, js[0]['max_score']))
    print('| %s | %s | %s | %s | %s |' % (key.split('/')[1], key.split('/')[0], FAIR[key][0], FAIR[key][1], '<br>'.join(got)))
