"""Care plans: the domain model, FHIR import and rendering into passages."""
