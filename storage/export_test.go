package storage

import "github.com/newsdesk/newsdesk/extract"

// testStates are the extractor's states, as cmd/newsdesk passes them.
func testStates() []Country {
	var out []Country
	for _, s := range extract.States() {
		out = append(out, Country{Code: s.Code, Name: s.Name})
	}
	return out
}

// SeededOptions are the Options of a test database: seeded as newsdesk seeds.
func SeededOptions() Options { return Options{States: testStates()} }
