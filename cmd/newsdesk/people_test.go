package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// The demo's syndicated copy prints one sentence of President Cárdenas
// in six outlets, four of them in part or with other marks: --unique lists
// it once, with its sources.
func TestQuotesUniqueFormats(t *testing.T) {
	db := listDemoDB(t)
	code, out, stderr := listRun(t, "quotes", "-db", db, "-unique", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not a JSON list: %v\n%s", err, out)
	}
	if len(rows) == 0 {
		t.Fatal("no clusters")
	}
	top := rows[0]
	for _, f := range []string{"text", "speaker", "sources", "outlets", "first_seen", "cluster_id"} {
		if _, ok := top[f]; !ok {
			t.Errorf("object lacks %q: %v", f, top)
		}
	}
	if top["speaker"] != "Julio Cárdenas" || top["sources"] != 6.0 || top["outlets"] != 6.0 ||
		!strings.HasPrefix(top["text"].(string), "We will rebuild every school and every clinic, and no family") {
		t.Errorf("the repeated quote: %v", top)
	}
	var plain []map[string]any
	_, out, _ = listRun(t, "quotes", "-db", db, "-format", "json")
	json.Unmarshal([]byte(out), &plain)
	if len(rows) >= len(plain) {
		t.Errorf("--unique lists %d rows of %d quotes", len(rows), len(plain))
	}

	_, out, _ = listRun(t, "quotes", "-db", db, "-unique", "-format", "jsonl", "-speaker", "cardenas")
	if n := strings.Count(out, "\n"); n != 1 || !strings.Contains(out, `"sources":6`) {
		t.Errorf("jsonl for Cárdenas: %q", out)
	}
	_, out, _ = listRun(t, "quotes", "-db", db, "-unique", "-format", "csv", "-limit", "2")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 3 || strings.Join(recs[0], ",") != "text,speaker,sources,outlets,first_seen,cluster_id" || recs[1][2] != "6" {
		t.Errorf("csv: %v %q", err, recs)
	}
	_, out, _ = listRunOn(t, 100, "quotes", "-db", db, "-unique", "-search", "roof")
	checkTable(t, out, "100", "FIRST SEEN", "SPEAKER", "SOURCES", "OUTLETS", "QUOTE")
	if !strings.Contains(out, "(1 row)") || !strings.Contains(out, "2026-11-19  Julio Cárdenas") {
		t.Errorf("table:\n%s", out)
	}
}

func TestPeopleFormats(t *testing.T) {
	db := listDemoDB(t)
	code, out, stderr := listRun(t, "people", "-db", db, "-name", "cardenas", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rows []struct {
		ID       int64    `json:"id"`
		Name     string   `json:"name"`
		Aliases  []string `json:"aliases"`
		Articles int      `json:"articles"`
		Quotes   int      `json:"quotes"`
		Roles    []struct {
			Title, Country string
		} `json:"roles"`
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not a JSON list: %v\n%s", err, out)
	}
	if len(rows) != 1 {
		t.Fatalf("%d people for cardenas: %s", len(rows), out)
	}
	p := rows[0]
	if p.Name != "Julio Cárdenas" || p.Articles != 6 || p.Quotes != 6 || len(p.Roles) != 1 || p.Roles[0].Country != "PE" ||
		strings.Join(p.Aliases, "|") != "Julio Cárdenas|Cárdenas|Mr Cárdenas" {
		t.Errorf("Cárdenas: %+v", p)
	}
	// an alias finds the person
	_, out, _ = listRun(t, "people", "-db", db, "-name", "mr cardenas", "-format", "jsonl")
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"name":"Julio Cárdenas"`) {
		t.Errorf("jsonl by alias: %q", out)
	}
	_, out, _ = listRun(t, "people", "-db", db, "-country", "no", "-format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) < 2 || strings.Join(recs[0], ",") != "id,name,aliases,articles,quotes,roles" {
		t.Fatalf("csv: %v %q", err, recs)
	}
	if recs[1][1] != "Ingrid Solberg" || !strings.HasPrefix(recs[1][5], "Foreign Minister (NO) 2026-11-17T14:05:00Z") {
		t.Errorf("csv row %q", recs[1])
	}
	_, out, _ = listRunOn(t, 120, "people", "-db", db, "-limit", "3")
	checkTable(t, out, "120", "NAME", "ALIASES", "ARTS", "QUOTES", "ROLES")
	if !strings.Contains(out, "(3 rows)") || !strings.Contains(strings.Split(out, "\n")[1], "Julio Cárdenas") {
		t.Errorf("table:\n%s", out)
	}
	if code, _, stderr := listRun(t, "people", "-db", db, "-format", "xml"); code != 1 || !strings.Contains(stderr, "-format") {
		t.Errorf("bad format: exit %d %q", code, stderr)
	}
}
