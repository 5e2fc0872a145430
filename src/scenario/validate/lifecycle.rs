//! Validation of what a parent does with a child besides `start`, `join` and `kill`:
//! `terminate` (Python's `Process.terminate()`), `is_alive` and `exitcode`.

use super::*;

/// The verbs validated here.
pub(in crate::scenario) const LIFECYCLE_VERBS: [&str; 3] = ["terminate", "is_alive", "exitcode"];

impl Validator<'_> {
    /// Validates an action whose verb is one of `LIFECYCLE_VERBS`.
    pub(super) fn lifecycle_action(&mut self, verb: &str, a: &RawAction, scope: &mut Scope) -> Option<ActionKind> {
        let name = match verb {
            "terminate" => a.terminate.clone()?,
            "is_alive" => a.is_alive.clone()?,
            _ => a.exitcode.clone()?,
        };
        if !scope.has_child(&name) {
            self.key(verb, |v| {
                v.problem(
                    format!("`{name}` is not a child this process started or forked before this line"),
                    Some(suggest("name a child started before this line:", scope.children.iter())),
                )
            });
        }
        if verb == "terminate" {
            return Some(ActionKind::Terminate(name));
        }
        let Some(var) = a.as_.clone() else {
            self.key(verb, |v| {
                v.key_problem(
                    format!("`{verb}: {name}` needs `as:`, the variable its answer goes into"),
                    Some("add `as: VAR`".into()),
                )
            });
            return None;
        };
        self.key("as", |v| v.var_name(&var));
        scope.vars.insert(var.clone());
        Some(if verb == "is_alive" { ActionKind::IsAlive { name, var } } else { ActionKind::ExitCode { name, var } })
    }
}
