package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// ruleConstants returns the rule names the package declares (constants named
// rule...), read from its source so that a new rule cannot be added without
// the test seeing it.
func ruleConstants(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	out := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != gotoken.CONST {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if !strings.HasPrefix(n.Name, "rule") || i >= len(vs.Values) {
						continue
					}
					if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
						v, _ := strconv.Unquote(lit.Value)
						out[n.Name] = v
					}
				}
			}
		}
	}
	return out
}

// TestEveryRuleHasRows checks that every rule name the code declares has
// rows in the rule tables, and that every rule of the tables has a
// positive row (the rule finds what it should) and a negative one (it
// leaves alone what it should).
func TestEveryRuleHasRows(t *testing.T) {
	pos, neg := ruleRows()
	var missing []string
	consts := ruleConstants(t)
	if len(consts) < 20 {
		t.Fatalf("found only %d rule constants: the source scan is broken", len(consts))
	}
	for name, v := range consts {
		if !pos[v] && !neg[v] {
			missing = append(missing, name+" ("+v+"): no row")
		}
	}
	for rule := range pos {
		if !neg[rule] {
			missing = append(missing, rule+": no negative row")
		}
	}
	for rule := range neg {
		if !pos[rule] {
			missing = append(missing, rule+": no positive row")
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("rules without test rows:\n  %s", strings.Join(missing, "\n  "))
	}
}

// ruleRows collects the rules of the rule tables that have positive and
// negative rows.
func ruleRows() (pos, neg map[string]bool) {
	pos, neg = map[string]bool{}, map[string]bool{}
	// a rule of the officials' table is pinned by a row where it finds an
	// official and one where it must not (absent), or, for rules that decide
	// an attribute, by two rows whose wanted attributes differ
	seen := map[string]officialRuleCase{}
	for _, c := range append(append(append([]officialRuleCase(nil), officialRules...), ob10OfficialRules...), ho1SuccessionRules...) { // ob10's and ho1's own tables
		if c.name != "" {
			pos[c.rule] = true
		}
		if c.absent != "" {
			neg[c.rule] = true
		}
		if p, ok := seen[c.rule]; ok && c.name != "" && p.name != "" && (p.country != c.country || p.org != c.org || p.title != c.title) {
			neg[c.rule] = true
		}
		if c.name != "" {
			seen[c.rule] = c
		}
	}
	for _, r := range quoteRuleRows {
		if r.pos {
			pos[r.rule] = true
		} else {
			neg[r.rule] = true
		}
	}
	figureRows := append(append([]figureRule(nil), deathRules...), troopRules...)
	figureRows = append(append(figureRows, fx7fDeathRules...), fx7fTroopRules...) // fx7f's own tables
	figureRows = append(append(figureRows, fx8fDeathRules...), fx8fTroopRules...) // fx8f's own tables
	figureRows = append(figureRows, tf1TroopRules...)
	figureRows = append(figureRows, fx11tTroopRules...)                           // fx11t's own table
	figureRows = append(figureRows, gv1DeathRules...)                             // gv1's own table
	figureRows = append(figureRows, gv2DeathRules...)                             // gv2's own table
	figureRows = append(figureRows, sm6DeathRules...)                             // sm6's own table
	figureRows = append(figureRows, ft12TroopRules...)                            // ft12's own table
	figureRows = append(append(figureRows, fx21TroopRules...), fx21DeathRules...) // fx21's own tables
	figureRows = append(figureRows, ht1TroopRules...)                             // ht1's own table
	figureRows = append(append(figureRows, fx59TroopRules...), fx59DeathRules...) // fx59's own tables
	figureRows = append(append(figureRows, fx73TroopRules...), fx73DeathRules...) // fx73's own tables
	figureRows = append(figureRows, fx96DeathRules...)                            // fx96's own table
	for _, r := range figureRows {
		pos[r.rule] = pos[r.rule] || len(r.pos) > 0
		neg[r.rule] = neg[r.rule] || len(r.neg) > 0
	}
	return pos, neg
}
