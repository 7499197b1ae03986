package extract

// Pass 2, places and bodies. Reads: the tokens (pass 1) and the
// gazetteers. Writes: placesAndBodies. Rules: countries.go (states, places
// inside states, capitals acting for their state), orgs.go (bodies of the
// gazetteer). Report: countries (countries.go).

// placesAndBodies is the output of the places-and-bodies pass: the states,
// places and bodies of the gazetteers that the text mentions, found from
// the tokens alone.
type placesAndBodies struct {
	places  []placeMention
	placeAt []int32 // token -> index into places, or -1
	orgs    []orgMention
	orgAt   []int32 // token -> index into orgs, or -1

	*placeMemo // values computed from them on first use, by any later pass
}

// placeMemo holds values computed from the places on first use. It is
// shared by every copy of placesAndBodies, so that a later pass computes
// each once.
type placeMemo struct {
	home     []string           // homeRanking
	homeN    map[string]int     // homeRanking's count of each state
	style    *string            // styleCountry
	dateline *string            // datelineState
	region   *string            // datelineRegionState
	towns    *map[string]string // towns
	money    *[]moneyMention    // moneyStates
}

// findPlacesAndBodies runs the places-and-bodies pass over the tokens d
// alone: states and places first, then bodies, where a state's name wins
// over a body written the same unless the body's name runs longer.
// It runs on a, which it sets afresh.
func findPlacesAndBodies(a *analysis, lx *lexicon, d *doc) placesAndBodies {
	*a = analysis{lx: lx, d: d}
	a.placeMemo = new(placeMemo)
	a.tagPlaces()
	a.tagDividedHalves()
	a.tagOrgs()
	a.unstateBodyAdjectives()
	d.rooms.places, d.rooms.orgs = a.places, a.orgs
	return a.placesAndBodies
}

// unstateBodyAdjectives takes the state from an adjective inside the name
// of an international body or an NGO of the gazetteer: "the Organization
// of American States", "the Norwegian Refugee Council" name the body, not
// the state. A state's name there ("the UN Interim Force in Lebanon")
// still names the state.
func (a *analysis) unstateBodyAdjectives() {
	for _, o := range a.orgs {
		if k := a.lx.orgs[o.org].Kind; k != "intl" && k != "ngo" {
			continue
		}
		for i := o.first; i < o.lim; i++ {
			if pi := a.placeAt[i]; pi >= 0 {
				if m := &a.places[pi]; m.kind == sAdjective && m.first >= o.first && m.lim <= o.lim {
					m.state = false
				}
			}
		}
	}
}
