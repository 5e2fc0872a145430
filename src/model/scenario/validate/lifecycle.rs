//! Validation of what a parent does with a child besides `start`, `join` and `kill`:
//! `terminate` (Python's `Process.terminate()`), `is_alive` and `exitcode`.

use super::*;

impl Validator<'_> {
    /// Validates a `terminate`, `is_alive` or `exitcode` (`verb`) of the child `name`.
    pub(super) fn lifecycle_action(
        &mut self,
        verb: Verb,
        name: String,
        a: &RawAction,
        scope: &mut Scope,
    ) -> Option<ActionKind> {
        if !scope.has_child(&name) {
            self.key(verb.name(), |v| {
                v.problem(
                    format!("`{name}` is not a child this process started or forked before this line"),
                    Some(suggest("name a child started before this line:", scope.children.iter())),
                )
            });
        }
        if verb == Verb::Terminate {
            return Some(ActionKind::Terminate(name));
        }
        let Some(var) = a.as_.clone() else {
            self.key(verb.name(), |v| {
                v.key_problem(
                    format!("`{verb}: {name}` needs `as:`, the variable its answer goes into"),
                    Some("add `as: VAR`".into()),
                )
            });
            return None;
        };
        self.key("as", |v| v.var_name(&var));
        scope.vars.insert(var.clone());
        Some(if verb == Verb::IsAlive { ActionKind::IsAlive { name, var } } else { ActionKind::ExitCode { name, var } })
    }
}

impl Validator<'_> {
    /// `daemon:` of a `start` of `target`: whether the child is a daemon. A daemon may not
    /// start children of its own (Python refuses it: "daemonic processes are not allowed to
    /// have children"), so a daemon whose definition starts a process or makes a pool is
    /// refused here, at its `daemon` key.
    pub(super) fn daemon(&mut self, a: &RawAction, raw: &RawScenario, target: &str) -> bool {
        if a.daemon != Some(true) {
            return false;
        }
        if let Some(verb) = raw.processes.get(target).and_then(|def| starts_children(&def.run)) {
            self.key("daemon", |v| {
                v.problem(
                    format!("`{target}` is started as a daemon, but it starts children of its own ({verb}); a daemon may not have children, as in Python"),
                    Some(format!("remove `daemon: true`, or move the {verb} out of `{target}`")),
                )
            });
        }
        true
    }
}

/// The first action of `list` (in loops and forks too) that starts a child process: a
/// `start` or a `pool`, as it is written (`start: worker`).
fn starts_children(list: &[RawAction]) -> Option<String> {
    list.iter().find_map(|a| {
        if let Some(s) = &a.start {
            return Some(format!("`start: {s}`"));
        }
        if let Some(p) = &a.pool {
            return Some(format!("`pool: {p}`"));
        }
        let fork = a.fork.iter().flat_map(|f| [&f.parent, &f.child]);
        a.do_.iter().chain(fork).find_map(|l| starts_children(l))
    })
}
