//! The scenario file as a person writes it: serde types that mirror the YAML one to one.
//!
//! Every struct denies unknown keys, so a misspelt key is an error with a position instead of
//! a silently ignored line. These types carry no meaning beyond the file's shape; `validate`
//! turns them into the checked model in `model`, and reports every problem it finds.

use indexmap::IndexMap;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// A whole scenario file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    /// A title for reports; the file name is used when it is missing.
    #[serde(default)]
    pub name: Option<String>,
    /// Free text shown in reports.
    #[serde(default)]
    pub description: Option<String>,
    /// Every `sleep` is multiplied by this factor (default 1).
    #[serde(default)]
    pub time_scale: Option<f64>,
    /// The whole run is killed after this long (default 30s), unscaled.
    #[serde(default)]
    pub timeout: Option<String>,
    /// The start method of every `start` that does not name one (default `fork`).
    #[serde(default)]
    pub start_method: Option<String>,
    /// Module-level variables: computed each time a process image starts.
    #[serde(default)]
    pub vars: IndexMap<String, RawValue>,
    /// The processes, by name; `main` is the one procscen starts.
    pub processes: IndexMap<String, RawProcess>,
    /// The checks that must hold after the run.
    #[serde(default)]
    pub expect: Vec<RawCheck>,
}

/// A process definition: either a bare list of actions or a map with parameters.
#[derive(Debug, Clone, Serialize, Default)]
pub struct RawProcess {
    pub params: Vec<String>,
    pub method: Option<String>,
    pub run: Vec<RawAction>,
    /// True when the file wrote the bare list form (positions then omit the `run` key).
    #[serde(skip)]
    pub short_form: bool,
}

/// The long form of a process definition.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProcessLong {
    #[serde(default)]
    params: Vec<String>,
    #[serde(default)]
    method: Option<String>,
    run: Vec<RawAction>,
}

impl<'de> Deserialize<'de> for RawProcess {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ProcessVisitor;
        impl<'de> Visitor<'de> for ProcessVisitor {
            type Value = RawProcess;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of actions, or a map with `run:` (and optional `params:`, `method:`)")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawProcess, A::Error> {
                let run = Vec::<RawAction>::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(RawProcess { run, short_form: true, ..RawProcess::default() })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawProcess, A::Error> {
                let long = RawProcessLong::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawProcess { params: long.params, method: long.method, run: long.run, short_form: false })
            }
        }
        deserializer.deserialize_any(ProcessVisitor)
    }
}

/// One action: exactly one verb key (`print`, `sleep`, ...) plus optional modifiers.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub print: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep: Option<RawValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fork: Option<RawFork>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit: Option<i64>,
    #[serde(default, rename = "let", skip_serializing_if = "Option::is_none")]
    pub let_: Option<IndexMap<String, RawValue>>,
    /// Positional arguments of `start`, bound to the started process's `params`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Vec<RawValue>>,
    /// The name of the child made by `start` or `fork`, used by `join` and in reports.
    #[serde(default, rename = "as", skip_serializing_if = "Option::is_none")]
    pub as_: Option<String>,
    /// The start method of this `start` (`fork` or `spawn`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// A name for the event this action records, used by checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// The two branches of a `fork`.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawFork {
    #[serde(default)]
    pub parent: Vec<RawAction>,
    #[serde(default)]
    pub child: Vec<RawAction>,
}

/// A value in `vars`, `let` or `args`: a number, a string template, or `{random: [lo, hi]}`.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(untagged)]
pub enum RawValue {
    Int(i64),
    Float(f64),
    Text(String),
    Random { random: [i64; 2] },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRandom {
    random: [i64; 2],
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, a text, or `{random: [LOW, HIGH]}`")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
                Ok(RawValue::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
                i64::try_from(v)
                    .map(RawValue::Int)
                    .map_err(|_| E::custom("number too large; write a number below 2^63"))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
                Ok(RawValue::Float(v))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_string()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawValue, A::Error> {
                let r = RawRandom::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawValue::Random { random: r.random })
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

/// One check: exactly one kind key plus optional modifiers.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    /// Shown in reports; a description is made up from the check when missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<[RawSelector; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrent: Option<[RawSelector; 2]>,
    /// `guaranteed` (default) or `observed`, for `before`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    /// `[PARENT, CHILD]`: CHILD's parent process is PARENT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_of: Option<[String; 2]>,
    /// A process's exit: `{process: NAME, code: N}` or `{process: NAME, signal: SIGKILL}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit: Option<RawExit>,
    /// Two events printed the same value of `var`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_value: Option<[RawSelector; 2]>,
    /// Two events printed a value of `var` that was computed in different process images.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computed_afresh: Option<[RawSelector; 2]>,
    /// One event printed `var` with the value `equals`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<RawSelector>,
    /// The value printed for `var` at this event is the pid of process `is`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid_of: Option<RawSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub var: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<RawValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is: Option<String>,
}

/// How a process must end.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawExit {
    pub process: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signal: Option<String>,
}

/// An event selector: `process.label`, or `{process: NAME, label: L}` / `{process: NAME, text: T}`.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(untagged)]
pub enum RawSelector {
    Short(String),
    Long(RawSelectorLong),
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawSelectorLong {
    pub process: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl<'de> Deserialize<'de> for RawSelector {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SelectorVisitor;
        impl<'de> Visitor<'de> for SelectorVisitor {
            type Value = RawSelector;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an event such as `main.done`, or `{process: main, text: \"Process end.\"}`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawSelector, E> {
                Ok(RawSelector::Short(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawSelector, A::Error> {
                RawSelectorLong::deserialize(de::value::MapAccessDeserializer::new(map)).map(RawSelector::Long)
            }
        }
        deserializer.deserialize_any(SelectorVisitor)
    }
}
