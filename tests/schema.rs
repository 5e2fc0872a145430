//! The JSON Schema of scenario files is generated from the types that parse them; the copy in
//! docs/ is current, every bundled scenario and docs example is valid under it, and it
//! refuses what the loader refuses for its shape (an unknown key).

mod util;

fn schema() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&procscen::model::scenario::json_schema()).unwrap();
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("the schema is not a valid JSON Schema: {e}"))
}

/// The errors of `yaml` under the schema, one per line; empty when valid.
fn errors(validator: &jsonschema::Validator, yaml: &str) -> String {
    let value: serde_json::Value = serde_yaml::from_str(yaml).unwrap();
    validator.iter_errors(&value).map(|e| format!("{e} at {}\n", e.instance_path)).collect()
}

#[test]
fn the_committed_schema_is_current() {
    let committed = std::fs::read_to_string(util::root().join("docs/scenario.schema.json")).unwrap();
    assert!(
        committed == procscen::model::scenario::json_schema(),
        "docs/scenario.schema.json is stale: run `cargo run -- schema > docs/scenario.schema.json`"
    );
}

#[test]
fn every_bundled_scenario_and_docs_example_is_valid_under_the_schema() {
    let validator = schema();
    let mut checked = 0;
    for file in procscen::pipeline::suite::collect(&[util::root().join("scenarios")]).unwrap() {
        let text = std::fs::read_to_string(&file).unwrap();
        let found = errors(&validator, &text);
        assert!(found.is_empty(), "{} is invalid under the schema:\n{found}", file.display());
        checked += 1;
    }
    for doc in std::fs::read_dir(util::root().join("docs")).unwrap().flatten() {
        let text = std::fs::read_to_string(doc.path()).unwrap_or_default();
        for block in text.split("```yaml\n").skip(1) {
            let yaml = block.split("```").next().unwrap();
            if yaml.contains("processes:") {
                let found = errors(&validator, yaml);
                assert!(found.is_empty(), "an example in {} is invalid:\n{found}\n{yaml}", doc.path().display());
                checked += 1;
            }
        }
    }
    assert!(checked > 30, "only {checked} files and examples were checked");
}

#[test]
fn the_schema_refuses_an_unknown_key() {
    let found = errors(&schema(), "processes:\n  main:\n    - prnt: hello\n");
    assert!(!found.is_empty(), "a misspelt verb passed the schema");
}
