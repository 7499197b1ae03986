package storage

import "testing"

func TestNamePartOf(t *testing.T) {
	for _, tc := range []struct {
		name, part, full string
		want             bool
	}{
		{"surname", "Abdelatty", "Badr Abdelatty", true},
		{"honorific and surname", "Mr Abdelatty", "Badr Abdelatty", true},
		{"initial", "B. Abdelatty", "Badr Abdelatty", true},
		{"wrong initial", "K. Abdelatty", "Badr Abdelatty", false},
		{"other given name", "John Smith", "Jane Smith", false},
		{"missing middle name", "Recep Erdoğan", "Recep Tayyip Erdoğan", true},
		{"middle name alone", "Tayyip Erdogan", "Recep Tayyip Erdoğan", false},
		{"a word before the given name", "Michael Howard", "Making Michael Howard", false},
		{"given names out of order", "Tayyip Recep Erdogan", "Recep Tayyip Erdoğan", false},
		{"same name says no more", "Badr Abdelatty", "Badr Abdelatty", false},
		{"surname particle", "al-Hayya", "Khalil al-Hayya", true},
		{"suffix dropped", "Smith Jr.", "John Smith", true},
		{"other surname", "Abdelatty", "Badr Abdel", false},
		{"hyphenated given name by initials", "J.-P. Raffarin", "Jean-Pierre Raffarin", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseName(tc.part).partOf(parseName(tc.full)); got != tc.want {
				t.Errorf("%q part of %q = %v, want %v", tc.part, tc.full, got, tc.want)
			}
		})
	}
}

func TestNameFull(t *testing.T) {
	for name, want := range map[string]bool{
		"Badr Abdelatty": true, "Abdelatty": false, "B. Abdelatty": false, "Mr Abdelatty": false, "Dr. Jane Smith": true,
	} {
		if got := parseName(name).full(); got != want {
			t.Errorf("parseName(%q).full() = %v, want %v", name, got, want)
		}
	}
}
