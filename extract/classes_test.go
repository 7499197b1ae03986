package extract

import "testing"

// TestFigureClassTable checks each bit of figureClassTable against the
// list it stands for: the figures pass asks the bit instead of the list.
func TestFigureClassTable(t *testing.T) {
	table := figureClassTable()
	ints := func(m map[string]int64, nonZero bool) map[string]bool {
		s := map[string]bool{}
		for w, v := range m {
			s[w] = !nonZero || v != 0
		}
		return s
	}
	lists := []classList{
		{"deadComplements", fcDeadComplement, deadComplements.words()},
		{"toDeathVerbs", fcToDeathVerb, toDeathVerbs.words()},
		{"objectVerbs", fcObjectVerb, objectVerbs.words()},
		{"deathNouns", fcDeathNoun, deathNouns.words()},
		{"multipleWords", fcMultiple, ints(multipleWords(), false)},
		{"beAux", fcBeAux, beAux.words()},
		{"hedgeFirstWords", fcHedgeFirst, hedgeFirstWords.words()},
		{"ordinalWords", fcOrdinal, ints(ordinalWords(), true)},
		{"phraseStops", fcPhraseStop, phraseStops.words()},
		{"deathAux", fcDeathAux, deathAux.words()},
		{"deniedDeaths", fcDenied, deniedDeaths.words()},
		{"hypothetical", fcHypothetical, hypothetical.words()},
		{"casualtyWords", fcCasualty, casualtyWords.words()},
		{"troopMods", fcTroopMod, troopMods.words()},
		{"measureUnits", fcMeasureUnit, measureUnits.words()},
		{"passiveNouns", fcPassiveNoun, passiveNouns.words()},
		{"linkLabels", fcLinkLabel, linkLabels.words()},
		{"noCause", fcNoCause, noCause.words()},
		{"causedDeaths", fcCausedDeaths, causedDeaths.words()},
	}
	checkClassTable(t, table, lists)
}

// TestTokenClasses checks that a token's classes are the table's for its
// lower-case form, asked once or many times.
func TestTokenClasses(t *testing.T) {
	d := newDoc("Killed were a Third of them; the double murder")
	c := newTokenClasses(&figureClasses, buildFigureClasses, d)
	for round := 0; round < 2; round++ {
		for i, tok := range d.toks {
			if got, want := c.of(i), figureClassTable()[tok.lower]; got != want {
				t.Errorf("token %q: bits %b, want %b", tok.text, got, want)
			}
		}
	}
	if c.of(1)&fcBeAux == 0 || c.of(3)&fcOrdinal == 0 || c.of(8)&fcMultiple == 0 {
		t.Errorf("were, Third, double: bits %b %b %b", c.of(1), c.of(3), c.of(8))
	}
}

// TestQuoteClassTable checks each bit of the lexicon's quoteClassTable
// against the list it stands for.
func TestQuoteClassTable(t *testing.T) {
	lx, err := sharedLexicon()
	if err != nil {
		t.Fatal(err)
	}
	table := lx.quoteClassTable()
	speech := map[string]bool{}
	for w, lemma := range lx.speech {
		speech[w] = lemma != ""
	}
	pronouns := map[string]bool{}
	for w, g := range personPronouns() {
		pronouns[w] = g != 0
	}
	lists := []classList{
		{"speech", qcSpeech, speech}, {"npStop", qcNPStop, npStop.words()}, {"personPronouns", qcPronoun, pronouns},
		{"timeWords", qcTime, timeWords.words()}, {"weekdays", qcWeekday, weekdays.words()},
		{"subordinators", qcSubordinator, subordinators.words()}, {"irregularPast", qcIrregularPast, irregularPast.words()},
		{"humanNouns", qcHuman, humanNouns.words()}, {"bodyNouns", qcBodyNoun, bodyNouns.words()},
		{"documents", qcDocument, lx.documents}, {"auxAdverbs", qcAuxAdverb, auxAdverbs.words()},
	}
	checkClassTable(t, table, lists)
}

// TestPeopleClassTable checks each bit of the lexicon's peopleClassTable
// against the list it stands for.
func TestPeopleClassTable(t *testing.T) {
	lx, err := sharedLexicon()
	if err != nil {
		t.Fatal(err)
	}
	table := lx.peopleClassTable()
	speech, kin := map[string]bool{}, map[string]bool{}
	for w, lemma := range lx.speech {
		speech[w] = lemma != ""
	}
	for w, g := range lx.kin {
		kin[w] = g != 0
	}
	lists := []classList{
		{"speech", pcSpeech, speech}, {"kin", pcKin, kin}, {"nameParticles", pcParticle, nameParticles.words()},
		{"humanNouns", pcHuman, humanNouns.words()}, {"nameSuffixes", pcSuffix, nameSuffixes.words()},
		{"placeHeads", pcPlaceHead, placeHeads.words()}, {"placeNounsAfter", pcPlaceAfter, placeNounsAfter.words()},
		{"surnameFirstWords", pcSurnameFirst, surnameFirstWords.words()},
	}
	checkClassTable(t, table, lists)
}

// TestQuoteMarksIn checks that quoteMarksIn lists, for each paragraph,
// exactly its tokens of kind tQuote, as a scan of its tokens finds them.
func TestQuoteMarksIn(t *testing.T) {
	d := newDoc("He said \"yes\" and 'no'.\nNone here.\n\u201cOpen \u2018inner\u2019 ``x'' end.\u201d\n\"")
	for _, p := range d.paras {
		var want []int32
		for i := p.first; i < p.lim; i++ {
			if d.toks[i].kind == tQuote {
				want = append(want, int32(i))
			}
		}
		got := d.quoteMarksIn(p)
		if len(got) != len(want) {
			t.Fatalf("paragraph %d-%d: marks %v, want %v", p.first, p.lim, got, want)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("paragraph %d-%d: marks %v, want %v", p.first, p.lim, got, want)
			}
		}
	}
	if len(d.quoteToks) < 8 {
		t.Errorf("%d quotation marks, want 8 or more", len(d.quoteToks))
	}
}

// classList is a word list and the bit that stands for it in a class table.
type classList struct {
	name string
	bit  uint32
	set  map[string]bool
}

// checkClassTable checks that the words of each list, and no others,
// carry the list's bit in table.
func checkClassTable(t *testing.T, table classTable, lists []classList) {
	t.Helper()
	for _, l := range lists {
		for w, in := range l.set {
			if in != (table[w]&l.bit != 0) {
				t.Errorf("%s: %q in the list %v, in the table %v", l.name, w, in, !in)
			}
		}
		for w, bits := range table {
			if bits&l.bit != 0 && !l.set[w] {
				t.Errorf("%s: %q has the bit but is not in the list", l.name, w)
			}
		}
	}
}
