//! The committed JSON Schemas in content/schemas/ equal the ones generated from
//! the Rust types: they cannot drift. Run `make schemas` after changing the model.

use pp_content::schema as schemas;
use std::path::Path;

#[test]
fn committed_schemas_match_the_rust_types() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/schemas");
    for (name, schema) in schemas::all() {
        let committed = std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("content/schemas/{name} missing ({e}); run `make schemas`"));
        assert_eq!(
            committed,
            schemas::render(&schema),
            "content/schemas/{name} is stale; run `make schemas`"
        );
    }
}

#[test]
fn schemas_describe_required_fields_and_refuse_unknown_ones() {
    let all = schemas::all();
    let (_, events) = all
        .iter()
        .find(|(n, _)| *n == "events.schema.json")
        .unwrap();
    let json = serde_json::to_value(events).unwrap();
    let event = &json["$defs"]["Event"];
    assert_eq!(event["additionalProperties"], false);
    let required: Vec<&str> = event["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for f in ["id", "date", "title", "summary", "category", "sources"] {
        assert!(required.contains(&f), "{f} required: {required:?}");
    }
}
