package extract

import (
	"slices"
	"strings"
	"testing"
)

// gazetteerEntries returns every field of every line of the gazetteers
// and word lists, each item of a ";"-separated one, and each of those
// without an opening "the ".
func gazetteerEntries(t *testing.T) []string {
	texts := []string{countriesTSV, subnationalTSV, organizationsTSV, givenNamesTSV, rolesTSV, speechVerbsTSV,
		personnelTSV, deathWordsTSV, domesticTitlesTSV, absentOfficesTSV, victimsTSV, bodyWordsTSV, bodyNounsTSV,
		roleVerbsTSV, membersTSV, speakerNounsTSV, localFormsTSV, currenciesTSV, hiredForcesTSV, unitStatesTSV,
		territorySovereignsTSV, surnameOriginsTSV, officeHoldersTSV, dividedHalvesTSV}
	for _, f := range wordFiles {
		texts = append(texts, f.text)
	}
	var out []string
	for _, text := range texts {
		if err := readTSV("entries", text, 0, func(cols []string) error {
			for _, c := range cols {
				out = append(out, c)
				for x := range listItems(c) {
					out = append(out, x, strings.TrimPrefix(x, "the "))
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	return append(out, "", " ", "a  b", " a", "a ", "A b", "a-b", "U.S.", "a's", "10 Downing Street")
}

// TestPlainWordsTokenised checks plainWords against the tokeniser: every
// entry it splits gets the words the tokeniser gives, in both cases.
func TestPlainWordsTokenised(t *testing.T) {
	lx := newLexicon()
	plain := 0
	for _, e := range gazetteerEntries(t) {
		for _, lower := range []bool{false, true} {
			w, ok := lx.plainWords(e, lower)
			if !ok {
				continue
			}
			plain++
			got := slices.Clone(w)
			var want []string
			for _, tok := range tokensOf(e) {
				if lower {
					want = append(want, tok.lower)
				} else {
					want = append(want, tok.text)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("plainWords(%q, %v) = %q, the tokeniser gives %q", e, lower, got, want)
			}
		}
	}
	if plain == 0 {
		t.Error("plainWords split no entry")
	}
}

// TestValsOfMatch checks valsOf against match over every entry: the
// values of a phrase of all the entry's tokens.
func TestValsOfMatch(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range gazetteerEntries(t) {
		toks := tokensOf(e)
		var words []string
		for _, tok := range toks {
			words = append(words, tok.text)
		}
		for _, tr := range []*phraseTrie{&lx.placeTrie, &lx.orgTrie} {
			vals, lim := tr.match(toks, 0, false)
			if lim != len(toks) {
				vals = nil
			}
			if got := tr.valsOf(words); !slices.Equal(got, vals) {
				t.Errorf("valsOf(%q) = %v, match gives %v", words, got, vals)
			}
		}
	}
}
