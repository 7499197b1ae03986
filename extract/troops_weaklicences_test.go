package extract

import "testing"

// TestWeakLicenceNames checks that every licence of the weak personnel
// tables has a name, none twice in a table, so that a row can be told by
// its name.
func TestWeakLicenceNames(t *testing.T) {
	tables := map[string][]weakLicence{"weakLicences": weakLicences[:], "armedLicences": armedLicences[:]}
	for tname, table := range tables {
		seen := map[string]bool{}
		for i, l := range table {
			switch {
			case l.name == "":
				t.Errorf("%s[%d]: no name", tname, i)
			case seen[l.name]:
				t.Errorf("%s[%d]: name %q twice", tname, i, l.name)
			case l.holds == nil:
				t.Errorf("%s[%d] %q: no holds", tname, i, l.name)
			}
			seen[l.name] = true
		}
	}
}
