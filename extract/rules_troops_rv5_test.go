package extract

import "testing"

// leftoverTroops' "is down to" after a troop figure counts what is left of
// the personnel's holder, not another noun's count in the same sentence:
// each row keeps its first troop figure and must not read the second.
func TestLeftoverDownToOtherNoun(t *testing.T) {
	ex := newTestExtractor(t)
	rows := []struct {
		text  string
		wrong int64
	}{
		{"Kenya has 1,000 troops in Somalia, but their armoured vehicles are now down to 300 trucks.", 300},
		{"Kenya has 2,000 troops in Somalia, and the number of its helicopters is down to 12.", 12},
		{"Kenya has 3,000 troops in Somalia, though its fleet of lorries, once 900, is down to 200.", 200},
	}
	for _, r := range rows {
		for _, f := range ex.Extract(r.text).Troops {
			if f.Count == r.wrong {
				t.Errorf("%q: want no troop figure %d, got %s", r.text, r.wrong, f.Rule)
			}
		}
	}
}
